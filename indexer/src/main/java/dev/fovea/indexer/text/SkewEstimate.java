package dev.fovea.indexer.text;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.leptonica.global.leptonica;

/**
 * How far the text lines of a page are turned from level, by Leptonica's projection-profile search: the angle at
 * which the rows of a binarised page are most unequal (lines of ink between empty gaps). Leptonica's search is
 * sure only some 25° either side of where it starts, so it starts at level and at 40° either way: text turned up
 * to about 65° is found.
 */
record SkewEstimate(double degrees, float confidence) {
    /** Below this Tesseract reads the lines as they are; turning the page would only blur it. */
    static final double LEVEL_ENOUGH = 1.5;
    /**
     * Leptonica's confidence is the best score over the worst. On the bench's pictures, pages of several lines give
     * 3.4 to 5.6 at the right angle; two short lines only 1.7 to 1.9, as does text turned 90°; blank and noisy
     * pages 0.
     */
    private static final float SURE = 3f;

    private static final float PLAUSIBLE = 1.5f;

    static final SkewEstimate LEVEL = new SkewEstimate(0, 0);

    private static final float[] STARTS = {0f, 40f, -40f};
    private static final float SWEEP = 25f;

    /** Whether the page is turned and its lines clear enough that it is read levelled, and only so. */
    boolean sure() {
        return degrees != 0 && confidence >= SURE;
    }

    /** Whether the page may be turned: read levelled too when reading it as it is finds little. */
    boolean plausible() {
        return degrees != 0 && confidence >= PLAUSIBLE;
    }

    /**
     * The clockwise angle, in degrees, that levels the text of {@code binary} (a 1-bit page), and how sure that
     * is; {@link #LEVEL} when it is level or holds no lines to measure.
     */
    static SkewEstimate of(PIX page) {
        // Halved once (a pixel black when any of its four is), as the search below would halve it for each start:
        // the pages turned by ±40° are turned at a quarter of the pixels.
        PIX binary = leptonica.pixReduceRankBinary2(page, 1, (BytePointer) null);
        try {
            return measured(binary);
        } finally {
            leptonica.pixDestroy(binary);
        }
    }

    private static SkewEstimate measured(PIX binary) {
        int width = leptonica.pixGetWidth(binary);
        int height = leptonica.pixGetHeight(binary);
        float bestAngle = 0;
        float bestConfidence = 0;
        float[] angle = new float[1];
        float[] confidence = new float[1];
        for (float start : STARTS) {
            PIX turned = start == 0
                    ? binary
                    : leptonica.pixRotate(
                            binary,
                            (float) Math.toRadians(start),
                            leptonica.L_ROTATE_SAMPLING,
                            leptonica.L_BRING_IN_WHITE,
                            width,
                            height);
            try {
                // Sweep at a quarter of the page's size in 1° steps, then refine at half its size to 0.01°.
                if (leptonica.pixFindSkewSweepAndSearch(turned, angle, confidence, 2, 1, SWEEP, 1f, 0.01f) == 0
                        && confidence[0] > bestConfidence) {
                    bestConfidence = confidence[0];
                    bestAngle = start + angle[0];
                }
            } finally {
                if (turned != binary) {
                    leptonica.pixDestroy(turned);
                }
            }
        }
        return Math.abs(bestAngle) < LEVEL_ENOUGH ? LEVEL : new SkewEstimate(bestAngle, bestConfidence);
    }
}
