package dev.fovea.indexer.pipeline;

/**
 * Receives indexing progress, on a pipeline thread: a UI hands it to its own thread, a CLI prints it. Must
 * be quick and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {
    void progress(IndexingProgress progress);
}
