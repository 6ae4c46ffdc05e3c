package dev.fovea.search.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack et al., 2009): a document scores the sum of 1 / (K + rank) over the
 * rankings it appears in. It needs no calibration between cosine similarities and BM25 scores.
 */
final class RankFusion {
    /** The constant of the original paper; it damps the advantage of the very first ranks. */
    static final int K = 60;

    private RankFusion() {}

    static Map<Integer, Double> fuse(List<int[]> rankings) {
        Map<Integer, Double> scores = new HashMap<>();
        for (int[] ranking : rankings) {
            for (int rank = 0; rank < ranking.length; rank++) {
                scores.merge(ranking[rank], 1.0 / (K + rank + 1), Double::sum);
            }
        }
        return scores;
    }
}
