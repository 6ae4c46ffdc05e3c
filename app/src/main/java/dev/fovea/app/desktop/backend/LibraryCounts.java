package dev.fovea.app.desktop.backend;

import java.util.Map;

/** @param modelId null when no model is active */
public record LibraryCounts(
        long filesSeen, long indexed, long pending, Map<String, Long> skippedByReason, String modelId) {
    public LibraryCounts {
        skippedByReason = Map.copyOf(skippedByReason);
    }

    public long skipped() {
        return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    }
}
