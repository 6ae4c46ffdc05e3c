package dev.fovea.app.desktop.backend;

/**
 * Where the thumbnail of a photo lives on disk. Computing the address touches no disk, so the FX thread
 * may ask; JavaFX then loads it in the background and shows a placeholder when it is not there (yet).
 */
public interface ThumbnailSource {
    String url(String contentHash);

    /** The thumbnail of a video's frame at {@code seconds}; the video's own where frames have none. */
    default String frameUrl(String contentHash, double seconds) {
        return url(contentHash);
    }
}
