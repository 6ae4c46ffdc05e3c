package dev.fovea.search.index;

import java.io.IOException;
import org.apache.lucene.search.DoubleValuesSourceRescorer;
import org.apache.lucene.search.FullPrecisionFloatVectorSimilarityValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;

/**
 * The second step of a search in quantized vectors: the graph walk ranks its candidates by quantized scores, and
 * the best {@code oversample x k} of them are scored again with the full-precision vectors, which decide the k
 * returned. Rescoring every gathered candidate (the whole fan-out) would read as many float vectors as a float
 * search compares, taking back what quantization saved.
 */
final class FullPrecisionRescoring {
    private FullPrecisionRescoring() {}

    /** The {@code k} best of {@code candidates} (ranked by quantized scores) by their full-precision scores. */
    static TopDocs rescore(IndexSearcher searcher, TopDocs candidates, float[] unitQuery, int k) throws IOException {
        var fullPrecision = new FullPrecisionFloatVectorSimilarityValuesSource(unitQuery, PhotoFields.EMBEDDING);
        return new DoubleValuesSourceRescorer(fullPrecision) {
            @Override
            protected float combine(float quantizedScore, boolean valuePresent, double fullPrecisionScore) {
                // Every candidate has a vector; the full-precision score replaces the quantized one.
                return valuePresent ? (float) fullPrecisionScore : quantizedScore;
            }
        }.rescore(searcher, candidates, k);
    }
}
