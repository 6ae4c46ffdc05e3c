package dev.fovea.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
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

    /**
     * The library is compared in about four parts of equal size, so that two threads share the work evenly
     * even when one segment holds most photos, as the app's merge policy leaves it; parts are not made smaller
     * than this, since each starts its own filter and vector iterators.
     */
    private static final int PARTS = 4;

    private static final int SMALLEST_PART = 16_384;

    private ExactSearch() {}

    /** Parts of the library are compared at once on the searcher's threads (when it has them), then their best merged. */
    static List<VectorHit> nearest(IndexSearcher searcher, float[] unitQuery, int k, Query filter) throws IOException {
        return nearest(searcher, unitQuery, k, filter, SMALLEST_PART);
    }

    static List<VectorHit> nearest(IndexSearcher searcher, float[] unitQuery, int k, Query filter, int smallestPart)
            throws IOException {
        Weight weight = filter == null
                ? null
                : searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        int part = Math.max(smallestPart, Math.ceilDiv(searcher.getIndexReader().maxDoc(), PARTS));
        List<Callable<PriorityQueue<VectorHit>>> parts = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int docs = leaf.reader().maxDoc();
            for (int from = 0; from < docs; from += part) {
                int first = from;
                int end = Math.min(docs, from + part);
                parts.add(() -> nearestIn(leaf, first, end, weight, unitQuery, k));
            }
        }
        PriorityQueue<VectorHit> best = new PriorityQueue<>(k + 1, WORST_FIRST);
        for (PriorityQueue<VectorHit> nearestInPart : searcher.getTaskExecutor().invokeAll(parts)) {
            for (VectorHit hit : nearestInPart) {
                offer(best, hit, k);
            }
        }
        List<VectorHit> hits = new ArrayList<>(best);
        hits.sort(WORST_FIRST.reversed());
        return hits;
    }

    /** The nearest of the segment's documents from first (inclusive) to end (exclusive). */
    private static PriorityQueue<VectorHit> nearestIn(
            LeafReaderContext leaf, int first, int end, Weight weight, float[] unitQuery, int k) throws IOException {
        PriorityQueue<VectorHit> best = new PriorityQueue<>(k + 1, WORST_FIRST);
        FloatVectorValues values = leaf.reader().getFloatVectorValues(PhotoFields.EMBEDDING);
        if (values == null) {
            return best;
        }
        KnnVectorValues.DocIndexIterator vectors = values.iterator();
        DocIdSetIterator candidates = vectors;
        if (weight != null) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                return best;
            }
            candidates = scorer.iterator();
        }
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = candidates.advance(first); doc < end; doc = candidates.nextDoc()) {
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
            if (best.size() < k || similarity > best.peek().similarity()) {
                offer(best, new VectorHit(leaf.docBase + doc, similarity), k);
            }
        }
        return best;
    }

    private static void offer(PriorityQueue<VectorHit> best, VectorHit hit, int k) {
        if (best.size() < k) {
            best.add(hit);
        } else if (WORST_FIRST.compare(hit, best.peek()) > 0) {
            best.poll();
            best.add(hit);
        }
    }
}
