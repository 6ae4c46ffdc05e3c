package dev.fovea.indexer.pipeline;

import java.time.Duration;

/**
 * How an indexing run uses the machine.
 *
 * @param decodeThreads workers that hash, read metadata, decode, make thumbnails and preprocess; about one per core
 * @param batchSize images per encoder call
 * @param perFileTimeout a file whose processing takes longer is abandoned and skipped as "timeout"
 * @param threadPriority Java priority of the pipeline's threads (low, so the machine stays usable)
 * @param exact decode photos at full resolution, as the reference does, and embed again those whose embedding came
 *     from the reduced-scale decode ({@code fovea index --exact}); the catalog records which path made each embedding
 */
public record IndexingOptions(
        int decodeThreads, int batchSize, Duration perFileTimeout, int threadPriority, boolean exact) {
    public IndexingOptions {
        if (decodeThreads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("decodeThreads and batchSize must be positive");
        }
    }

    public static IndexingOptions defaults() {
        return new IndexingOptions(
                Runtime.getRuntime().availableProcessors(), 8, Duration.ofSeconds(60), Thread.MIN_PRIORITY, false);
    }

    public IndexingOptions withPerFileTimeout(Duration timeout) {
        return new IndexingOptions(decodeThreads, batchSize, timeout, threadPriority, exact);
    }

    public IndexingOptions withDecodeThreads(int threads) {
        return new IndexingOptions(threads, batchSize, perFileTimeout, threadPriority, exact);
    }

    public IndexingOptions withThreadPriority(int priority) {
        return new IndexingOptions(decodeThreads, batchSize, perFileTimeout, priority, exact);
    }

    public IndexingOptions withBatchSize(int size) {
        return new IndexingOptions(decodeThreads, size, perFileTimeout, threadPriority, exact);
    }

    public IndexingOptions withExact(boolean exactDecode) {
        return new IndexingOptions(decodeThreads, batchSize, perFileTimeout, threadPriority, exactDecode);
    }
}
