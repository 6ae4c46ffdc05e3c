package dev.fovea.indexer;

import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.query.place.KnownPlaces;

/**
 * What searching a library needs from it: the serving model's vector index and the places its folders name.
 * Closing lets go of the index only when it was opened for this search (a read-only view); the live index
 * stays with the library that writes it.
 *
 * @param modelId the model whose embeddings the index holds: queries must be embedded with it
 */
public record SearchIndex(String modelId, VectorIndex index, KnownPlaces places, boolean readOnlyView)
        implements AutoCloseable {
    @Override
    public void close() {
        if (readOnlyView) {
            index.close();
        }
    }
}
