package dev.fovea.search.bench;

import java.util.Random;
import org.apache.lucene.util.VectorUtil;

/**
 * Unit vectors shaped like a photo library's CLIP embeddings rather than uniform noise: clusters (events,
 * subjects) of very different sizes and tightness around a direction all photos share (real image
 * embeddings sit in a narrow cone), and text queries that lie outside that cone (the modality gap), near
 * one cluster but with modest similarity, as CLIP text-to-image similarities are.
 *
 * <p>A photo is {@code 0.55 m + 0.6 u_k + s_k e}: m shared, u_k its cluster's direction, e noise, and the
 * spread s_k between 0.35 and 0.8. Photos of one cluster then have cosines of about 0.5 to 0.85, of
 * different clusters about 0.25 to 0.4. A text query is {@code t + 0.3 m + 0.35 u_k + 0.25 e} with t a
 * direction of its own, scoring about 0.35 against its cluster's photos. Cluster sizes follow a Zipf law.
 */
public final class SyntheticEmbeddings {
    private static final float SHARED = 0.55f;
    private static final float CLUSTER = 0.6f;
    private static final float MIN_SPREAD = 0.35f;
    private static final float MAX_SPREAD = 0.8f;
    private static final double ZIPF_EXPONENT = 0.8;

    private final int dimensions;
    private final float[] shared;
    private final float[] textModality;
    private final float[][] clusters;
    private final float[] spreads;
    private final double[] cumulativeWeight;

    public SyntheticEmbeddings(int dimensions, int clusterCount, long seed) {
        Random random = new Random(seed);
        this.dimensions = dimensions;
        this.shared = unitGaussian(random, dimensions);
        this.textModality = unitGaussian(random, dimensions);
        this.clusters = new float[clusterCount][];
        this.spreads = new float[clusterCount];
        this.cumulativeWeight = new double[clusterCount];
        double total = 0;
        for (int k = 0; k < clusterCount; k++) {
            clusters[k] = unitGaussian(random, dimensions);
            spreads[k] = MIN_SPREAD + (MAX_SPREAD - MIN_SPREAD) * random.nextFloat();
            total += 1.0 / Math.pow(k + 1, ZIPF_EXPONENT);
            cumulativeWeight[k] = total;
        }
        for (int k = 0; k < clusterCount; k++) {
            cumulativeWeight[k] /= total;
        }
    }

    public int dimensions() {
        return dimensions;
    }

    public float[] photo(Random random) {
        int k = cluster(random);
        return mix(random, shared, SHARED, clusters[k], CLUSTER, spreads[k], null, 0f);
    }

    public float[] textQuery(Random random) {
        int k = cluster(random);
        return mix(random, textModality, 1f, clusters[k], 0.35f, 0.25f, shared, 0.3f);
    }

    private float[] mix(Random random, float[] base, float baseWeight, float[] cluster, float clusterWeight, float noise,
            float[] extra, float extraWeight) {
        float[] vector = new float[dimensions];
        float noiseScale = noise / (float) Math.sqrt(dimensions);
        for (int i = 0; i < dimensions; i++) {
            vector[i] = baseWeight * base[i] + clusterWeight * cluster[i] + noiseScale * (float) random.nextGaussian()
                    + (extra == null ? 0f : extraWeight * extra[i]);
        }
        VectorUtil.l2normalize(vector);
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
