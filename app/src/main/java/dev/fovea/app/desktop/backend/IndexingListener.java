package dev.fovea.app.desktop.backend;

/** Called on the indexer's threads, often; implementations hand the value over and return at once. */
@FunctionalInterface
public interface IndexingListener {
    void onProgress(IndexingStatus progress);
}
