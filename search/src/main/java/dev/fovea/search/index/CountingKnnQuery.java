package dev.fovea.search.index;

import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * Lucene's HNSW search that keeps how many vectors it scored across segments (each segment's result counts the
 * nodes its walk visited, or the photos it compared when Lucene chose to search that segment exactly): what a
 * filtered walk actually reads, against the photos the filter keeps.
 */
final class CountingKnnQuery extends KnnFloatVectorQuery {
    private long scored;

    CountingKnnQuery(String field, float[] target, int k, Query filter) {
        super(field, target, k, filter);
    }

    @Override
    protected TopDocs mergeLeafResults(TopDocs[] perLeafResults) {
        for (TopDocs leaf : perLeafResults) {
            scored += leaf.totalHits.value();
        }
        return super.mergeLeafResults(perLeafResults);
    }

    long scored() {
        return scored;
    }
}
