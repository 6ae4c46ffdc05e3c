package dev.fovea.search.query;

import dev.fovea.search.index.IndexView;
import dev.fovea.search.index.VectorHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.util.VectorUtil;

/**
 * A photo found for a search, semantically and/or by name, before it becomes a {@link SearchHit}.
 *
 * @param similarity to the query vector; NaN when the search has none (names only)
 * @param aboveCut its similarity reaches the query's relevance cut
 * @param byName a lexical match on its names
 * @param belongs passes the search's extra test (e.g. a zero-shot category); true for ordinary searches
 */
record Candidate(int doc, float[] vector, float similarity, boolean aboveCut, boolean byName, boolean belongs) {

    boolean relevant() {
        return (aboveCut && belongs) || byName;
    }

    /**
     * Semantic and lexical candidates fused by reciprocal rank, relevant ones first, each part in fused order.
     */
    static List<Candidate> rank(
            List<VectorHit> semantic,
            int[] byName,
            float[] query,
            float cutoff,
            IndexView view,
            Predicate<float[]> belongs) {
        Map<Integer, Double> fused = RankFusion.fuse(
                List.of(semantic.stream().mapToInt(VectorHit::doc).toArray(), byName));
        Set<Integer> named = new HashSet<>();
        for (int doc : byName) {
            named.add(doc);
        }
        int[] docs = fused.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .mapToInt(Map.Entry::getKey)
                .toArray();
        float[][] vectors = view.vectors(docs);
        List<Candidate> candidates = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            float similarity = query == null ? Float.NaN : VectorUtil.dotProduct(query, vectors[i]);
            candidates.add(new Candidate(
                    docs[i],
                    vectors[i],
                    similarity,
                    query != null && similarity >= cutoff,
                    named.contains(docs[i]),
                    belongs.test(vectors[i])));
        }
        candidates.sort(Comparator.comparing(candidate -> !candidate.relevant()));
        return candidates;
    }
}
