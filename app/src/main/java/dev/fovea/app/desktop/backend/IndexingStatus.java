package dev.fovea.app.desktop.backend;

import java.time.Duration;
import java.util.Map;

/**
 * One snapshot of an indexing run.
 *
 * @param eta null while it cannot be told (no rate yet, or paused)
 * @param currentFile null when idle
 */
public record IndexingStatus(
        State state,
        long done,
        long total,
        double photosPerSecond,
        Duration eta,
        String currentFile,
        Map<String, Long> skippedByReason) {

    public enum State {
        IDLE,
        SCANNING,
        INDEXING,
        PAUSED,
        FINISHED
    }

    public static final IndexingStatus IDLE = new IndexingStatus(State.IDLE, 0, 0, 0, null, null, Map.of());

    public IndexingStatus {
        skippedByReason = Map.copyOf(skippedByReason);
    }

    public boolean running() {
        return state == State.SCANNING || state == State.INDEXING;
    }

    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }

    public long skipped() {
        return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
