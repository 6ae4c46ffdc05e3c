package dev.fovea.search.model.download;

/** Told about a download's progress, from the downloading thread, at most a few times a second per file. */
@FunctionalInterface
public interface DownloadProgress {
    DownloadProgress NONE = (file, done, total, bytesPerSecond) -> {};

    /**
     * @param file the file being fetched, relative to the repository
     * @param done bytes on disk for the whole model so far (including bytes kept from an interrupted run)
     * @param total bytes of the whole model, or -1 while unknown
     * @param bytesPerSecond the rate of this run so far
     */
    void progress(String file, long done, long total, double bytesPerSecond);
}
