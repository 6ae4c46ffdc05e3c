package dev.fovea.indexer.pipeline;

import java.time.Duration;

/**
 * How an indexing run uses the machine.
 *
 * @param decodeThreads workers that hash, read metadata, decode, make thumbnails and preprocess; about one per core
 * @param batchSize images per encoder call
 * @param perFileTimeout a file whose processing takes longer is abandoned and skipped as "timeout"
 * @param threadPriority Java priority of the pipeline's threads (low, so the machine stays usable)
 */
public record IndexingOptions(int decodeThreads, int batchSize, Duration perFileTimeout, int threadPriority) {
    public IndexingOptions {
        if (decodeThreads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("decodeThreads and batchSize must be positive");
        }
    }

    public static IndexingOptions defaults() {
        return new IndexingOptions(
                Runtime.getRuntime().availableProcessors(), 8, Duration.ofSeconds(60), Thread.MIN_PRIORITY);
    }

    public IndexingOptions withPerFileTimeout(Duration timeout) {
        return new IndexingOptions(decodeThreads, batchSize, timeout, threadPriority);
    }

    public IndexingOptions withDecodeThreads(int threads) {
        return new IndexingOptions(threads, batchSize, perFileTimeout, threadPriority);
    }

    public IndexingOptions withThreadPriority(int priority) {
        return new IndexingOptions(decodeThreads, batchSize, perFileTimeout, priority);
    }

    public IndexingOptions withBatchSize(int size) {
        return new IndexingOptions(decodeThreads, size, perFileTimeout, threadPriority);
    }
}
