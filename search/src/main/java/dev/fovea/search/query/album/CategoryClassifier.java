package dev.fovea.search.query.album;

import dev.fovea.search.query.QueryEncoder;
import java.util.List;
import org.apache.lucene.util.VectorUtil;

/**
 * Zero-shot classification: a photo belongs to the category whose prompt embedding it is most similar to.
 */
public final class CategoryClassifier {
    private final List<Category> categories;
    private final float[][] vectors;

    private CategoryClassifier(List<Category> categories, float[][] vectors) {
        this.categories = List.copyOf(categories);
        this.vectors = vectors;
    }

    /** Embeds every category's prompts in one call: an encoder may load its text tower for it alone. */
    public static CategoryClassifier build(List<Category> categories, QueryEncoder encoder) {
        List<String> allPrompts =
                categories.stream().flatMap(c -> c.prompts().stream()).toList();
        float[][] embedded = encoder.embedTexts(allPrompts);
        float[][] vectors = new float[categories.size()][];
        int next = 0;
        for (int c = 0; c < categories.size(); c++) {
            float[] mean = new float[embedded[0].length];
            for (int p = 0; p < categories.get(c).prompts().size(); p++) {
                float[] unit = embedded[next++].clone();
                VectorUtil.l2normalize(unit);
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += unit[i];
                }
            }
            VectorUtil.l2normalize(mean);
            vectors[c] = mean;
        }
        return new CategoryClassifier(categories, vectors);
    }

    /** The category's unit vector. */
    public float[] vector(String categoryId) {
        return vectors[indexOf(categoryId)].clone();
    }

    /** Whether {@code unitEmbedding} is closer to this category than to any other. */
    public boolean belongs(String categoryId, float[] unitEmbedding) {
        return best(unitEmbedding) == indexOf(categoryId);
    }

    /** The id of the category {@code unitEmbedding} is closest to. */
    public String bestCategory(float[] unitEmbedding) {
        return categories.get(best(unitEmbedding)).id();
    }

    private int best(float[] unitEmbedding) {
        int best = 0;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < vectors.length; c++) {
            float score = VectorUtil.dotProduct(unitEmbedding, vectors[c]);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    private int indexOf(String categoryId) {
        for (int c = 0; c < categories.size(); c++) {
            if (categories.get(c).id().equals(categoryId)) {
                return c;
            }
        }
        throw new IllegalArgumentException("No category " + categoryId);
    }
}
