package dev.fovea.search.query;

import dev.fovea.search.FoveaException;
import dev.fovea.search.index.IndexView;
import dev.fovea.search.index.UnitVectors;
import dev.fovea.search.query.parse.QueryTerm;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Combines a query's terms into one vector: the weighted sum of their unit embeddings (negative weights
 * for {@code -} terms), normalised. The dot product is linear, so ranking by the sum is ranking by the
 * weighted sum of similarities to each term, which the vector search finds exactly.
 */
final class QueryVectors {
    /** Rocchio's weights for relevance feedback: liked photos pull, disliked ones push less strongly. */
    static final float MORE_LIKE_WEIGHT = 0.75f;

    static final float LESS_LIKE_WEIGHT = 0.25f;

    private final QueryEncoder encoder;

    QueryVectors(QueryEncoder encoder) {
        this.encoder = encoder;
    }

    /**
     * The query vector, or null when there is nothing to embed (a filter-only query).
     *
     * @param neutral the library's mean direction, added when every term is negative
     */
    float[] combine(
            List<QueryTerm> terms,
            List<Long> moreLike,
            List<Long> lessLike,
            IndexView view,
            Supplier<float[]> neutral) {
        List<QueryTerm> all = new ArrayList<>(terms);
        moreLike.forEach(id ->
                all.add(new QueryTerm(QueryTerm.Kind.PHOTO, Long.toString(id), MORE_LIKE_WEIGHT / moreLike.size())));
        lessLike.forEach(id ->
                all.add(new QueryTerm(QueryTerm.Kind.PHOTO, Long.toString(id), -LESS_LIKE_WEIGHT / lessLike.size())));
        if (all.isEmpty()) {
            return null;
        }
        int dimensions = view.dimensions();
        float[] sum = new float[dimensions];
        boolean anyPositive = false;
        for (QueryTerm term : all) {
            add(sum, embed(term, view, dimensions), term.weight());
            anyPositive |= term.weight() > 0;
        }
        if (!anyPositive) {
            add(sum, UnitVectors.normalized(neutral.get(), dimensions, "The library's mean"), 1f);
        }
        double norm = 0;
        for (float value : sum) {
            norm += value * value;
        }
        if (norm < 1e-8) {
            throw new FoveaException("The query's terms cancel each other out; remove a '-' term or change a weight.");
        }
        return UnitVectors.normalized(sum, dimensions, "The query");
    }

    private float[] embed(QueryTerm term, IndexView view, int dimensions) {
        return switch (term.kind()) {
            case TEXT ->
                UnitVectors.normalized(encoder.embedText(term.value()), dimensions, "The text '" + term.value() + "'");
            case IMAGE -> imageVector(term.value(), view, dimensions);
            case PHOTO -> {
                OptionalInt doc = view.doc(Long.parseLong(term.value()));
                if (doc.isEmpty()) {
                    throw new FoveaException(
                            "photo:" + term.value() + " is not in the library (it may have been removed).");
                }
                yield view.vector(doc.getAsInt());
            }
        };
    }

    /** An image in the library is compared by its stored embedding; any other is decoded and embedded. */
    private float[] imageVector(String pathText, IndexView view, int dimensions) {
        Path path;
        try {
            path = Path.of(pathText).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new FoveaException("img:" + pathText + " is not a valid file path: " + e.getMessage());
        }
        if (!Files.isRegularFile(path)) {
            throw new FoveaException("img:" + pathText + ": there is no such image file (" + path + ").");
        }
        OptionalInt indexed = view.docOfPath(path.toString());
        if (indexed.isPresent()) {
            return view.vector(indexed.getAsInt());
        }
        return UnitVectors.normalized(encoder.embedImage(path), dimensions, "The image " + path);
    }

    private static void add(float[] sum, float[] unit, float weight) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += weight * unit[i];
        }
    }
}
