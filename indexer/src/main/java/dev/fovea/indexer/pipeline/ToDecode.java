package dev.fovea.indexer.pipeline;

/** What the scan hands the decode workers: a file that needs work, or the end of the run's files. */
sealed interface ToDecode permits WorkItem, ToDecode.End {
    /** One per worker: each takes one and stops. */
    ToDecode END = new End();

    record End() implements ToDecode {}
}
