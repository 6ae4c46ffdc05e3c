package dev.fovea.app.desktop.backend;

import java.nio.file.Path;

/** Queries over the library: text, an indexed photo or any image file, always within filters. */
public interface LibrarySearch {

    /** An empty query lists every photo that passes the filters, newest first. */
    ShownResults search(TypedSearch request);

    ShownResults similarToPhoto(long photoId, PanelFilters filters);

    ShownResults similarToImage(Path image, PanelFilters filters);
}
