package dev.fovea.indexer;

import java.nio.file.Path;

/** Where a library keeps its state inside the Fovea home folder (the app's FoveaHome names the same places). */
public record LibraryLayout(Path home) {
    public Path catalog() {
        return home.resolve("catalog.db");
    }

    /** One vector index directory per model id below this. */
    public Path indexRoot() {
        return home.resolve("index");
    }

    public Path thumbnails() {
        return home.resolve("thumbnails");
    }

    public Path indexingLock() {
        return home.resolve("indexing.lock");
    }
}
