package dev.fovea.app.desktop.home;

import dev.fovea.app.desktop.backend.ThumbnailSource;
import dev.fovea.indexer.thumbnail.ThumbnailStore;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * Videos indexed before frames had thumbnails have only the video's: the one look at the disk here is a
     * single file's attributes, cheap enough for the FX thread.
     */
    @Override
    public String frameUrl(String contentHash, double seconds) {
        Path frame = store.framePathFor(contentHash, seconds);
        return Files.isRegularFile(frame) ? frame.toUri().toString() : url(contentHash);
    }
}
