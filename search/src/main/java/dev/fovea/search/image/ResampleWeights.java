package dev.fovea.search.image;

/**
 * The fixed-point weights of one axis of Pillow's two-pass resample ({@code precompute_coeffs} and
 * {@code normalize_coeffs_8bpc} in src/libImaging/Resample.c), for a window of output positions only: the
 * center crop that follows the resize needs no more. Every value is computed as Pillow computes it, double
 * for double, so the uint8 results match Pillow's exactly.
 */
final class ResampleWeights {
    /** Pillow keeps 22 fraction bits: 8 bits of sample, 2 of headroom for negative lobes and overshoot. */
    static final int PRECISION_BITS = 32 - 8 - 2;

    static final int ROUNDING = 1 << (PRECISION_BITS - 1);

    private final int firstOutput;
    private final int[] start;
    private final int[] length;
    private final int[] weights;
    private final int stride;

    private ResampleWeights(int firstOutput, int[] start, int[] length, int[] weights, int stride) {
        this.firstOutput = firstOutput;
        this.start = start;
        this.length = length;
        this.weights = weights;
        this.stride = stride;
    }

    /** Weights for output positions {@code firstOutput .. firstOutput + count - 1} of an {@code inSize → outSize} resample. */
    static ResampleWeights of(int inSize, int outSize, ResampleFilter filter, int firstOutput, int count) {
        // Pillow's box is float[4]; (float) inSize - 0f is exact below 2^24, and then the division is double.
        double scale = (double) ((float) inSize) / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = filter.support() * filterScale;
        int stride = (int) Math.ceil(support) * 2 + 1;
        int[] start = new int[count];
        int[] length = new int[count];
        int[] weights = new int[count * stride];
        double[] k = new double[stride];
        for (int i = 0; i < count; i++) {
            int xx = firstOutput + i;
            double center = (xx + 0.5) * scale;
            double ww = 0.0;
            double ss = 1.0 / filterScale;
            int xmin = Math.max((int) (center - support + 0.5), 0);
            int xmax = Math.min((int) (center + support + 0.5), inSize) - xmin;
            for (int x = 0; x < xmax; x++) {
                double w = filter.weight((x + xmin - center + 0.5) * ss);
                k[x] = w;
                ww += w;
            }
            for (int x = 0; x < xmax; x++) {
                double normalized = ww != 0.0 ? k[x] / ww : k[x];
                weights[i * stride + x] = normalized < 0
                        ? (int) (-0.5 + normalized * (1 << PRECISION_BITS))
                        : (int) (0.5 + normalized * (1 << PRECISION_BITS));
            }
            start[i] = xmin;
            length[i] = Math.max(xmax, 0);
        }
        return new ResampleWeights(firstOutput, start, length, weights, stride);
    }

    int start(int output) {
        return start[output - firstOutput];
    }

    int length(int output) {
        return length[output - firstOutput];
    }

    /** Index in {@link #weights()} of the first weight of {@code output}. */
    int offset(int output) {
        return (output - firstOutput) * stride;
    }

    int[] weights() {
        return weights;
    }

    /** Pillow's {@code clip8}: drop the fraction bits, clamp to a byte. */
    static int clip8(int accumulator) {
        int value = accumulator >> PRECISION_BITS;
        return value < 0 ? 0 : Math.min(value, 255);
    }
}
