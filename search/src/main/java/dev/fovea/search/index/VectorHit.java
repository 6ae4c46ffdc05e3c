package dev.fovea.search.index;

/**
 * One nearest neighbour: a Lucene document number, valid only within the {@link IndexView} that found it,
 * and its similarity to the query (the dot product of the unit vectors: the cosine).
 */
public record VectorHit(int doc, float similarity) {

    /** Lucene scores DOT_PRODUCT as (1 + dot) / 2 so that scores are positive; this undoes it. */
    static VectorHit fromLuceneScore(int doc, float score) {
        return new VectorHit(doc, 2f * score - 1f);
    }
}
