package dev.fovea.search.query;

import dev.fovea.search.query.duplicates.NearDuplicates;
import java.util.Arrays;

/**
 * Where a query's relevant results end, placed from how that query scores on a random sample of the
 * library rather than by one global threshold: CLIP similarities shift from query to query (a generic
 * query scores everything higher), but relevant photos stand out from the bulk of the library. The bulk is
 * summarised robustly (median and MAD, which the few relevant photos in the sample barely move), and the
 * cut lies {@link #Z} robust standard deviations above the median. It never lies above the near-duplicate
 * similarity: a photo that close to the query (an image query, most likely) is relevant however typical.
 */
final class RelevanceCutoff {
    /** Under a normal bulk about 1 photo in 740 unrelated to the query lies above this. */
    static final double Z = 3.0;
    /** Below this sample size the statistics say too little; every result counts as relevant. */
    static final int MIN_SAMPLE = 20;
    /**
     * A floor on the spread. CLIP similarities of unrelated photos to a query spread by a few hundredths;
     * a narrower spread means the sample is mostly near-identical photos, whose tiny differences mean
     * nothing, and cutting just above them would let any slightly different one through.
     */
    private static final double MIN_SPREAD = 0.02;

    private static final double MAD_TO_SIGMA = 1.4826;

    private RelevanceCutoff() {}

    static float place(float[] sampleScores) {
        if (sampleScores.length < MIN_SAMPLE) {
            return Float.NEGATIVE_INFINITY;
        }
        float[] sorted = sampleScores.clone();
        Arrays.sort(sorted);
        double median = median(sorted);
        float[] deviations = new float[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            deviations[i] = (float) Math.abs(sorted[i] - median);
        }
        Arrays.sort(deviations);
        double sigma = Math.max(MAD_TO_SIGMA * median(deviations), MIN_SPREAD);
        return (float) Math.min(median + Z * sigma, NearDuplicates.DEFAULT_THRESHOLD);
    }

    private static double median(float[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
