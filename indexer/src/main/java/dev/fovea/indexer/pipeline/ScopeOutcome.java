package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.scan.LibraryRoot;
import dev.fovea.indexer.scan.ScanProblem;
import java.nio.file.Path;
import java.util.List;

/**
 * How the scan of one folder of a root went.
 *
 * @param state "complete", "offline" (the folder is absent or empty while photos were catalogued there: an
 *     unplugged drive, so nothing is deleted), "cancelled" or "failed: ..."
 */
record ScopeOutcome(LibraryRoot root, Path start, String state, long ignoredFiles, List<ScanProblem> problems) {
    static final String COMPLETE = "complete";
    static final String OFFLINE = "offline";
    static final String CANCELLED = "cancelled";

    boolean complete() {
        return COMPLETE.equals(state);
    }
}
