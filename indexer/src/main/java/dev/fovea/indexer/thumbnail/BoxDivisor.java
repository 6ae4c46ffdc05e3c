package dev.fovea.indexer.thumbnail;

/**
 * Divides a box's channel sum by the box's area with a multiply and a shift instead of a division: the thumbnail's
 * box reduction divides three sums for every pixel it writes, and an integer division by a value known only at
 * run time costs some twenty cycles, most of the reduction's time (JFR, {@code fovea bench index}). Exact, the
 * same quotient as {@code sum / area}, for every sum a box of 8-bit samples can reach (Granlund and Montgomery:
 * with {@code m = ceil(2^40 / area)} the error stays below {@code 1 / area} while {@code sum < 2^40 / area}).
 */
final class BoxDivisor {
    private static final int SHIFT = 40;
    /** Above this the reciprocal's error could reach a quotient; such boxes (sides over 255 pixels) divide. */
    static final int MAX_AREA = 65_535;

    private final int area;
    private final long reciprocal;

    BoxDivisor(int area) {
        if (area < 1) {
            throw new IllegalArgumentException("A box covers at least one pixel: " + area);
        }
        this.area = area;
        this.reciprocal = ((1L << SHIFT) + area - 1) / area;
    }

    /** {@code sum / area} for {@code 0 <= sum <= 256 * area}. */
    int divide(int sum) {
        return area <= MAX_AREA ? (int) ((sum * reciprocal) >>> SHIFT) : sum / area;
    }
}
