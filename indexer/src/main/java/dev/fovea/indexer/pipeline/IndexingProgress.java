package dev.fovea.indexer.pipeline;

import java.nio.file.Path;
import java.util.Map;

/**
 * A snapshot of an indexing run, published a few times a second and once at the end.
 *
 * @param filesSeen photo files the scan found so far (unchanged ones included)
 * @param total files that need work, found so far; grows while {@code phase} is SCANNING
 * @param done files of {@code total} finished (indexed, skipped or found unchanged in content)
 * @param skipped files skipped in this run, by reason
 * @param imagesPerSecond recent rate of finished files
 * @param etaSeconds estimate of the time left, or -1 while unknown
 * @param currentFile a file being worked on, or null
 */
public record IndexingProgress(
        Phase phase,
        long filesSeen,
        long total,
        long done,
        Map<String, Long> skipped,
        double imagesPerSecond,
        long etaSeconds,
        Path currentFile,
        boolean paused) {

    public enum Phase {
        SCANNING,
        INDEXING,
        FINISHING,
        /** Photos are indexed and searchable; the text in them is being read. */
        READING_TEXT,
        DONE,
        CANCELLED,
        FAILED
    }

    public boolean finished() {
        return phase == Phase.DONE || phase == Phase.CANCELLED || phase == Phase.FAILED;
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
