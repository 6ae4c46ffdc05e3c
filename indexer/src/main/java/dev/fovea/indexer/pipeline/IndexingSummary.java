package dev.fovea.indexer.pipeline;

import java.util.Map;

/**
 * What a finished run did.
 *
 * @param filesSeen photo files found
 * @param embedded photos encoded in this run
 * @param reused photos that took an existing embedding (moved, copied, renamed, or embedded before)
 * @param skipped photos skipped in this run, by reason
 * @param unsettled files that changed while being read, left for the next pass
 * @param deleted catalogued photos whose files are gone
 * @param offlineFolders folders that were absent or empty (an unplugged drive); their photos were kept
 * @param textRead photos whose text was read in this run
 * @param textProblem why the text stage stopped short (its photos stay due for the next run), or null
 */
public record IndexingSummary(
        long filesSeen,
        long embedded,
        long reused,
        Map<String, Long> skipped,
        long unsettled,
        long deleted,
        java.util.List<String> offlineFolders,
        boolean cancelled,
        double seconds,
        long textRead,
        String textProblem) {

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
