package dev.fovea.search.query;

import dev.fovea.search.index.IndexView;
import java.util.Random;
import org.apache.lucene.util.VectorUtil;

/**
 * Embeddings of photos picked at random from the library, kept in memory: scoring a query against them
 * shows how that query scores on the library at large, which is where its relevance cut is placed.
 */
final class LibrarySample {
    static final int SIZE = 1024;

    private final float[][] vectors;
    private final int librarySize;

    private LibrarySample(float[][] vectors, int librarySize) {
        this.vectors = vectors;
        this.librarySize = librarySize;
    }

    static LibrarySample draw(IndexView view, int size, long seed) {
        return new LibrarySample(view.sampleVectors(size, new Random(seed)), view.size());
    }

    /** Whether the library changed enough since the draw for the sample to misrepresent it. */
    boolean staleFor(int currentLibrarySize) {
        if (vectors.length < SIZE && currentLibrarySize != librarySize) {
            return true;
        }
        return Math.abs(currentLibrarySize - librarySize) > 0.05 * Math.max(librarySize, 1);
    }

    int size() {
        return vectors.length;
    }

    float[] scores(float[] unitQuery) {
        float[] scores = new float[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            scores[i] = VectorUtil.dotProduct(unitQuery, vectors[i]);
        }
        return scores;
    }

    /** The mean direction of the library: a neutral positive for queries that only say what they do not want. */
    float[] centroid(int dimensions) {
        float[] sum = new float[dimensions];
        for (float[] vector : vectors) {
            for (int i = 0; i < dimensions; i++) {
                sum[i] += vector[i];
            }
        }
        return sum;
    }
}
