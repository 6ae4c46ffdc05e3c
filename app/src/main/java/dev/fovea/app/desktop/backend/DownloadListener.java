package dev.fovea.app.desktop.backend;

/** Called on the downloading thread. {@code totalBytes} is -1 while unknown. */
@FunctionalInterface
public interface DownloadListener {
    void onProgress(long bytes, long totalBytes, double bytesPerSecond);
}
