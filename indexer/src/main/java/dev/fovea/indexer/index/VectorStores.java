package dev.fovea.indexer.index;

import java.nio.file.Path;

/** Opens the vector index of one model in its own directory. */
@FunctionalInterface
public interface VectorStores {
    VectorStore open(Path directory, int dimensions);
}
