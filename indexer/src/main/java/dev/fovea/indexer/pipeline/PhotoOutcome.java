package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.catalog.TextTable;
import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.video.VideoSummary;
import dev.fovea.search.index.FrameVector;
import java.util.List;

/** What became of one file; the result writer turns each into a catalog row. */
sealed interface PhotoOutcome extends ToWrite {
    WorkItem item();

    /**
     * Encoded now.
     *
     * @param frames a video's sampled frames and their embeddings (empty for photos); {@code vector} is then their mean
     * @param video what was found about a video; null for photos
     * @param decodeWarning the damage the photo's decoder read past, null when it decoded cleanly
     * @param textGate the text gate's verdict on the photo's thumbnail, null when the gate did not look at it
     */
    record Embedded(
            WorkItem item,
            String hash,
            PhotoMetadata metadata,
            float[] vector,
            List<FrameVector> frames,
            VideoSummary video,
            String decodeWarning,
            TextTable.Outcome textGate)
            implements PhotoOutcome {
        Embedded(
                WorkItem item,
                String hash,
                PhotoMetadata metadata,
                float[] vector,
                String decodeWarning,
                TextTable.Outcome textGate) {
            this(item, hash, metadata, vector, List.of(), null, decodeWarning, textGate);
        }

        Embedded(
                WorkItem item,
                String hash,
                PhotoMetadata metadata,
                float[] vector,
                List<FrameVector> frames,
                VideoSummary video) {
            this(item, hash, metadata, vector, frames, video, null, null);
        }
    }

    /** Its content already has an embedding for the model (moved, copied, or unchanged): not encoded again. */
    record Reused(WorkItem item, String hash, PhotoMetadata metadata) implements PhotoOutcome {}

    /** Same content as another file being processed right now: it gets that file's outcome. */
    record Twin(WorkItem item, String hash, PhotoMetadata metadata) implements PhotoOutcome {}

    record Skipped(WorkItem item, String hash, PhotoMetadata metadata, String reason, String detail)
            implements PhotoOutcome {}

    /** The file changed while it was read; it stays pending for the next pass (a watcher sees the change). */
    record Unsettled(WorkItem item, String hash) implements PhotoOutcome {}
}
