package dev.fovea.app.desktop.backend;

/**
 * Everything the desktop app asks of the indexer, the search side and the model store. Every call may
 * block on disk, a model or the index, so the app makes them off the FX thread; none of them knows JavaFX.
 */
public record DesktopBackend(
        PhotoLibrary library,
        LibrarySearch search,
        ModelManager models,
        ThumbnailSource thumbnails,
        PhotoPreviews previews,
        PhotoAlbums albums,
        PhotoDuplicates duplicates)
        implements AutoCloseable {

    @Override
    public void close() {
        library.close();
    }
}
