package dev.fovea.app.desktop.backend;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** Queries over the library: text, an indexed photo or any image file, always within filters. */
public interface LibrarySearch {

    /** An empty query lists every photo that passes the filters, newest first. */
    ShownResults search(TypedSearch request);

    /**
     * The same, given up with a {@link java.util.concurrent.CancellationException} once {@code abandoned} says nobody
     * waits for the answer any more (the user typed on).
     */
    default ShownResults search(TypedSearch request, BooleanSupplier abandoned) {
        return search(request);
    }

    /**
     * At most the first {@code photos} of what {@link #search} lists when browsing, which on a large library
     * come long before the whole list; a ranked search answers in full.
     */
    default ShownResults firstPage(TypedSearch request, int photos) {
        return search(request);
    }

    /**
     * Opens what every search needs (the index) and lists {@link #firstPage} of {@code listing} ahead, while the window
     * that shows it is being built: the first page asked for with that listing is then ready, or on its way, instead
     * of starting over. Slow, so in the background.
     */
    default void open(TypedSearch listing, int photos) {}

    /**
     * Readies what a keystroke needs and the first listing did not (the model, the code of a ranked search) by running
     * a few short searches shaped as {@code typing}, so the first keystroke is answered as fast as the next; slow, so
     * called in the background once the first photos show.
     */
    default void warmUp(TypedSearch typing) {}

    ShownResults similarToPhoto(long photoId, PanelFilters filters);

    ShownResults similarToImage(Path image, PanelFilters filters);
}
