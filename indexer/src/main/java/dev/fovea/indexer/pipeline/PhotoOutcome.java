package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.metadata.PhotoMetadata;

/** What became of one file; the result writer turns each into a catalog row. */
sealed interface PhotoOutcome extends ToWrite {
    WorkItem item();

    /** Encoded now. */
    record Embedded(WorkItem item, String hash, PhotoMetadata metadata, float[] vector) implements PhotoOutcome {}

    /** Its content already has an embedding for the model (moved, copied, or unchanged): not encoded again. */
    record Reused(WorkItem item, String hash, PhotoMetadata metadata) implements PhotoOutcome {}

    /** Same content as another file being processed right now: it gets that file's outcome. */
    record Twin(WorkItem item, String hash, PhotoMetadata metadata) implements PhotoOutcome {}

    record Skipped(WorkItem item, String hash, PhotoMetadata metadata, String reason, String detail)
            implements PhotoOutcome {}

    /** The file changed while it was read; it stays pending for the next pass (a watcher sees the change). */
    record Unsettled(WorkItem item, String hash) implements PhotoOutcome {}
}
