package dev.fovea.indexer.pipeline;

import dev.fovea.indexer.catalog.KnownPhoto;
import dev.fovea.indexer.scan.ScannedFile;
import java.nio.file.Path;

/**
 * A file that needs work: new, changed, or not yet embedded for the current model.
 *
 * @param known its catalog row, or null when the path is new
 */
record WorkItem(ScannedFile file, KnownPhoto known) implements ToDecode {
    Path path() {
        return file.path();
    }

    /** Same path, size and modification time as catalogued: its content (and hash) are taken as known. */
    boolean contentUnchanged() {
        return known != null && known.contentHash() != null && known.sameFile(file.size(), file.modifiedMillis());
    }
}
