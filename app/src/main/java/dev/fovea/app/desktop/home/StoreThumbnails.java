package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.ThumbnailSource;
import dev.fovea.indexer.thumbnail.ThumbnailStore;

/** Thumbnails straight from the indexer's store: the address is computed, the file is read by JavaFX in the background. */
final class StoreThumbnails implements ThumbnailSource {
    private final ThumbnailStore store;

    StoreThumbnails(ThumbnailStore store) {
        this.store = store;
    }

    @Override
    public String url(String contentHash) {
        return store.pathFor(contentHash).toUri().toString();
    }
}
