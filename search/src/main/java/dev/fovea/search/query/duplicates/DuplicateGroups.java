package dev.fovea.search.query.duplicates;

import dev.fovea.search.FoveaException;
import dev.fovea.search.index.IndexView;
import dev.fovea.search.index.PhotoFields;
import dev.fovea.search.index.VectorIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.lucene.search.FloatVectorSimilarityQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Every group of near-identical photos in the library, for a "duplicates" view: each photo's neighbours
 * above the threshold (a similarity query on the HNSW graph) are joined with union-find, so a burst
 * whose neighbouring frames match forms one group even when its first and last frames differ more.
 */
public final class DuplicateGroups {
    /** A burst rarely has more frames than this; the bound keeps one photo's query cheap. */
    private static final int MAX_NEIGHBOURS = 200;

    private DuplicateGroups() {}

    /**
     * The groups of two or more photos, largest first, each as photo ids.
     *
     * @param cancelled checked between photos; the search stops early with a {@link FoveaException} when it says so
     */
    public static List<List<Long>> find(VectorIndex index, float threshold, BooleanSupplier cancelled) {
        try (IndexView view = index.view()) {
            int maxDoc = view.searcher().getIndexReader().maxDoc();
            int[] parent = new int[maxDoc];
            for (int i = 0; i < maxDoc; i++) {
                parent[i] = i;
            }
            float luceneThreshold = (1f + threshold) / 2f;
            for (int doc : view.liveDocs()) {
                if (cancelled.getAsBoolean()) {
                    throw new FoveaException("The search for duplicates was cancelled.");
                }
                FloatVectorSimilarityQuery near =
                        new FloatVectorSimilarityQuery(PhotoFields.EMBEDDING, view.vector(doc), luceneThreshold);
                TopDocs neighbours = view.search(near, MAX_NEIGHBOURS);
                for (ScoreDoc neighbour : neighbours.scoreDocs) {
                    union(parent, doc, neighbour.doc);
                }
            }
            return groups(view, parent);
        }
    }

    private static List<List<Long>> groups(IndexView view, int[] parent) {
        Map<Integer, List<Long>> byRoot = new HashMap<>();
        for (int doc : view.liveDocs()) {
            byRoot.computeIfAbsent(find(parent, doc), root -> new ArrayList<>()).add(view.photoId(doc));
        }
        List<List<Long>> groups = new ArrayList<>();
        for (List<Long> group : byRoot.values()) {
            if (group.size() > 1) {
                group.sort(Comparator.naturalOrder());
                groups.add(List.copyOf(group));
            }
        }
        groups.sort(
                Comparator.<List<Long>>comparingInt(List::size).reversed().thenComparing(group -> group.getFirst()));
        return groups;
    }

    private static int find(int[] parent, int doc) {
        while (parent[doc] != doc) {
            parent[doc] = parent[parent[doc]];
            doc = parent[doc];
        }
        return doc;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
