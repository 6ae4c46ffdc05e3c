package dev.fovea.indexer.index;

import java.nio.file.Path;

/** Opens the vector index of one model in its own directory. */
@FunctionalInterface
public interface VectorStores {
    VectorStore open(Path directory, int dimensions);

    /** Opens an existing index only to read it, e.g. while another process writes it. */
    default VectorStore openReadOnly(Path directory, int dimensions) {
        return open(directory, dimensions);
    }
}
