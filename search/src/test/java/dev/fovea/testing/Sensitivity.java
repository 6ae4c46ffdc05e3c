package dev.fovea.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.image.PixelImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How much a parity test on a model can see: the median pairwise cosine of its photos (near 1 means every photo
 * embeds alike, and a broken pipeline passes) and the cosine that one 8-bit level of Gaussian pixel noise
 * (sigma 1/255) costs (the smallest difference worth telling apart). A test whose photos are not far apart is
 * invalid and fails as such.
 */
public record Sensitivity(double medianPairwiseCosine, double noiseCosine) {
    /** Above this median the photos are not far apart: the weights cannot tell images apart. */
    public static final double MAX_MEDIAN_PAIRWISE_COSINE = 0.9;

    private static final long NOISE_SEED = 255;

    /** Measured with Java's own embeddings of the test's pictures (at least two). */
    public static Sensitivity measure(EmbeddingModel model, List<PixelImage> images, List<float[]> embeddings) {
        float[][] noisy =
                model.embedImages(images.stream().map(Sensitivity::withNoise).toList());
        double[] noise = new double[images.size()];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = cosine(noisy[i], embeddings.get(i));
        }
        return new Sensitivity(medianPairwiseCosine(embeddings), median(noise));
    }

    public static double medianPairwiseCosine(List<float[]> embeddings) {
        List<Double> pairs = new ArrayList<>();
        for (int i = 0; i < embeddings.size(); i++) {
            for (int j = i + 1; j < embeddings.size(); j++) {
                pairs.add(cosine(embeddings.get(i), embeddings.get(j)));
            }
        }
        return median(pairs.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Fails the calling test as invalid when its photos embed too much alike to show anything. */
    public Sensitivity requireFarApart(String what) {
        if (!(medianPairwiseCosine <= MAX_MEDIAN_PAIRWISE_COSINE)) {
            fail(String.format(
                    Locale.ROOT,
                    "Invalid test: the photos of %s embed at a median pairwise cosine of %.5f (> %.2f), so this"
                            + " test would pass whatever the pipeline does. Use calibrated weights"
                            + " (tools/fovea_tools/calibrated.py) and distinct photos.",
                    what,
                    medianPairwiseCosine,
                    MAX_MEDIAN_PAIRWISE_COSINE));
        }
        return this;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "sensitivity: median pairwise cosine %.4f, 1/255 Gaussian noise gives cosine %.6f (1 - cosine = %.1e)",
                medianPairwiseCosine,
                noiseCosine,
                1 - noiseCosine);
    }

    /** Every sample moved by N(0, 1) levels, rounded and clipped as an 8-bit picture must be. */
    static PixelImage withNoise(PixelImage image) {
        Random random = new Random(NOISE_SEED);
        byte[] pixels = image.pixels().clone();
        for (int i = 0; i < pixels.length; i++) {
            long value = Math.round((pixels[i] & 0xff) + random.nextGaussian());
            pixels[i] = (byte) Math.clamp(value, 0, 255);
        }
        return new PixelImage(image.width(), image.height(), image.layout(), pixels, image.palette());
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    public static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
