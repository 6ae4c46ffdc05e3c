package dev.fovea.app.desktop.backend;

import java.nio.file.Path;

/** Queries over the library: text, an indexed photo or any image file, always within filters. */
public interface LibrarySearch {

    /** An empty query lists every photo that passes the filters, newest first. */
    ShownResults search(TypedSearch request);

    /**
     * At most the first {@code photos} of what {@link #search} lists when browsing, which on a large library
     * come long before the whole list; a ranked search answers in full.
     */
    default ShownResults firstPage(TypedSearch request, int photos) {
        return search(request);
    }

    ShownResults similarToPhoto(long photoId, PanelFilters filters);

    ShownResults similarToImage(Path image, PanelFilters filters);
}
