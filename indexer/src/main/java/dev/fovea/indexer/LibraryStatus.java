package dev.fovea.indexer;

import java.util.List;
import java.util.Map;

/**
 * Counts and sizes of a library. Every catalogued photo file is indexed, pending or skipped:
 * {@code filesSeen == indexed + pending + sum(skipped)}.
 *
 * @param indexedExact indexed photos embedded from the exact (full-resolution) decode, {@code fovea index --exact}
 * @param decodedWithWarnings indexed photos whose decoder read past damage (stray bytes before a marker)
 * @param indexingModel the model the library is being indexed for, or null before the first run
 * @param servingModel the model whose index answers searches (the previous one while a new model catches up)
 */
public record LibraryStatus(
        long filesSeen,
        long indexed,
        long indexedExact,
        long pending,
        Map<String, Long> skipped,
        long decodedWithWarnings,
        String indexingModel,
        String servingModel,
        List<RootStatus> roots,
        long catalogBytes,
        Map<String, Long> indexBytes,
        long thumbnailBytes) {

    /**
     * @param lastScan how the last full scan ended: complete, offline, cancelled, failed...; null before the first
     * @param ignoredFiles non-photo files seen by the last full scan (sidecars, videos, documents)
     * @param problems folders the last scan could not read, with why
     */
    public record RootStatus(
            String path,
            boolean online,
            long photos,
            long indexed,
            long pending,
            long skipped,
            String lastScan,
            Long lastScanMillis,
            long ignoredFiles,
            List<String> problems) {}

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
