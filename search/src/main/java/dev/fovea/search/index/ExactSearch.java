package dev.fovea.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.VectorUtil;

/** Brute-force nearest neighbours: every (filtered, live) vector compared with the query. */
final class ExactSearch {
    private static final Comparator<VectorHit> WORST_FIRST =
            Comparator.comparingDouble(VectorHit::similarity).thenComparing(VectorHit::doc, Comparator.reverseOrder());

    private ExactSearch() {}

    static List<VectorHit> nearest(IndexSearcher searcher, float[] unitQuery, int k, Query filter) throws IOException {
        PriorityQueue<VectorHit> best = new PriorityQueue<>(k + 1, WORST_FIRST);
        Weight weight = filter == null
                ? null
                : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(PhotoFields.EMBEDDING);
            if (values == null) {
                continue;
            }
            KnnVectorValues.DocIndexIterator vectors = values.iterator();
            DocIdSetIterator candidates = vectors;
            if (weight != null) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                candidates = scorer.iterator();
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = candidates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = candidates.nextDoc()) {
                if (candidates != vectors) {
                    int withVector = vectors.docID() < doc ? vectors.advance(doc) : vectors.docID();
                    if (withVector == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (withVector != doc) {
                        continue;
                    }
                }
                if (live != null && !live.get(doc)) {
                    continue;
                }
                float similarity = VectorUtil.dotProduct(unitQuery, values.vectorValue(vectors.index()));
                if (best.size() < k) {
                    best.add(new VectorHit(leaf.docBase + doc, similarity));
                } else if (similarity > best.peek().similarity()) {
                    best.poll();
                    best.add(new VectorHit(leaf.docBase + doc, similarity));
                }
            }
        }
        List<VectorHit> hits = new ArrayList<>(best);
        hits.sort(WORST_FIRST.reversed());
        return hits;
    }
}
