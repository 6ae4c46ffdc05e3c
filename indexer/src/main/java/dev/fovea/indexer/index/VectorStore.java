package dev.fovea.indexer.index;

import dev.fovea.search.index.PhotoDocument;

/**
 * A model's vector index as the indexer drives it: derived from the catalog, so a lost uncommitted change is
 * recovered by reconciliation. Implemented over the search module's Lucene index.
 */
public interface VectorStore extends AutoCloseable {
    /** Adds or replaces the photo's document (idempotent by photo id). */
    void upsert(PhotoDocument photo);

    void delete(long photoId);

    /** Makes every change so far durable. */
    void commit();

    long[] photoIds();

    @Override
    void close();
}
