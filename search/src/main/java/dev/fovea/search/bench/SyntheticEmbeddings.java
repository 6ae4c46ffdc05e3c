package dev.fovea.search.bench;

import java.util.Random;
import org.apache.lucene.util.VectorUtil;

/**
 * Unit vectors shaped like a photo library's CLIP embeddings rather than uniform noise: clusters (events,
 * subjects) of very different sizes and tightness around a direction all photos share (real image
 * embeddings sit in a narrow cone), varying along a low-dimensional subspace (real embeddings have an
 * intrinsic dimension far below 512; isotropic 512-dimensional noise would make every neighbour equally far
 * and no index could tell them apart), and text queries outside the cone (the modality gap).
 *
 * <p>A photo is {@code 0.55 m + 0.6 u_k + s_k B z + 0.1 e}: m shared, u_k its cluster's direction and
 * {@code B z} its own variation, both inside a random {@value #LATENT}-dimensional subspace B, e isotropic
 * noise, and the spread s_k between 0.35 and 0.8. Photos of one cluster then have cosines of about 0.5 to
 * 0.85, of different clusters about 0.3. Cluster sizes follow a Zipf law. A text query describes something
 * particular: {@code 0.45 p + t + 0.25 e}, with p a new photo (not in the library) and t a direction of its
 * own; it scores about 0.4 against the photos most like p and about 0.1 against unrelated ones, as CLIP
 * text-to-image similarities do.
 */
public final class SyntheticEmbeddings {
    static final int LATENT = 64;
    private static final float SHARED = 0.55f;
    private static final float CLUSTER = 0.6f;
    private static final float ISOTROPIC = 0.1f;
    private static final float MIN_SPREAD = 0.35f;
    private static final float MAX_SPREAD = 0.8f;
    private static final double ZIPF_EXPONENT = 0.8;

    private final int dimensions;
    private final float[][] basis;
    private final float[] shared;
    private final float[] textModality;
    private final float[][] clusters;
    private final float[] spreads;
    private final double[] cumulativeWeight;

    public SyntheticEmbeddings(int dimensions, int clusterCount, long seed) {
        Random random = new Random(seed);
        this.dimensions = dimensions;
        this.basis = new float[Math.min(LATENT, dimensions)][];
        for (int j = 0; j < basis.length; j++) {
            basis[j] = unitGaussian(random, dimensions);
        }
        this.shared = unitGaussian(random, dimensions);
        this.textModality = unitGaussian(random, dimensions);
        this.clusters = new float[clusterCount][];
        this.spreads = new float[clusterCount];
        this.cumulativeWeight = new double[clusterCount];
        double total = 0;
        for (int k = 0; k < clusterCount; k++) {
            clusters[k] = latent(random);
            VectorUtil.l2normalize(clusters[k]);
            spreads[k] = MIN_SPREAD + (MAX_SPREAD - MIN_SPREAD) * random.nextFloat();
            total += 1.0 / Math.pow(k + 1, ZIPF_EXPONENT);
            cumulativeWeight[k] = total;
        }
        for (int k = 0; k < clusterCount; k++) {
            cumulativeWeight[k] /= total;
        }
    }

    /**
     * The embeddings of a generated library of {@code photos}: its documents and the queries that measure it
     * must come from the same clusters.
     */
    static SyntheticEmbeddings forLibrary(int photos, int dimensions, long seed) {
        return new SyntheticEmbeddings(dimensions, Math.max(10, photos / 50), seed);
    }

    public float[] photo(Random random) {
        int k = cluster(random);
        float[] own = latent(random);
        float[] vector = new float[dimensions];
        float isotropic = ISOTROPIC / (float) Math.sqrt(dimensions);
        for (int i = 0; i < dimensions; i++) {
            vector[i] = SHARED * shared[i]
                    + CLUSTER * clusters[k][i]
                    + spreads[k] * own[i]
                    + isotropic * (float) random.nextGaussian();
        }
        VectorUtil.l2normalize(vector);
        return vector;
    }

    public float[] textQuery(Random random) {
        float[] about = photo(random);
        float[] vector = new float[dimensions];
        float isotropic = 0.25f / (float) Math.sqrt(dimensions);
        for (int i = 0; i < dimensions; i++) {
            vector[i] = textModality[i] + 0.45f * about[i] + isotropic * (float) random.nextGaussian();
        }
        VectorUtil.l2normalize(vector);
        return vector;
    }

    /** A random vector of the subspace, of about unit length. */
    private float[] latent(Random random) {
        float[] vector = new float[dimensions];
        float scale = 1f / (float) Math.sqrt(basis.length);
        for (float[] direction : basis) {
            float weight = scale * (float) random.nextGaussian();
            for (int i = 0; i < dimensions; i++) {
                vector[i] += weight * direction[i];
            }
        }
        return vector;
    }

    private int cluster(Random random) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulativeWeight.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulativeWeight[middle] < u) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static float[] unitGaussian(Random random, int dimensions) {
        float[] vector = new float[dimensions];
        for (int i = 0; i < dimensions; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        VectorUtil.l2normalize(vector);
        return vector;
    }
}
