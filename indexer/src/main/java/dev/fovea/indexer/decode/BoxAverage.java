package dev.fovea.indexer.decode;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * Averages whole {@code factor x factor} blocks of a full-size decode, read row by row from native memory, so the
 * heap only ever holds the reduced picture. Only factors that divide both sides are used: the reduced picture then
 * has the full one's proportions exactly, and the reference resize that follows computes the same size, crop and
 * sample positions as on the full picture (a rounded size moves the crop by a pixel, see {@link JpegDecoder}).
 */
final class BoxAverage {
    private BoxAverage() {}

    /** The largest factor dividing both sides that keeps {@code minShortSide}; 1 when none does. */
    static int factor(int width, int height, int minShortSide) {
        int shortSide = Math.min(width, height);
        for (int factor = shortSide / Math.max(1, minShortSide); factor > 1; factor--) {
            if (width % factor == 0 && height % factor == 0) {
                return factor;
            }
        }
        return 1;
    }

    /** {@code samples}: {@code width x height} pixels of {@code channels} bytes, rows unpadded. */
    static byte[] reduce(MemorySegment samples, int width, int height, int channels, int factor) {
        int outWidth = width / factor;
        int outHeight = height / factor;
        int rowBytes = width * channels;
        int outRowBytes = outWidth * channels;
        int area = factor * factor;
        byte[] row = new byte[rowBytes];
        int[] sums = new int[outRowBytes];
        byte[] out = new byte[outRowBytes * outHeight];
        for (int y = 0; y < outHeight; y++) {
            Arrays.fill(sums, area / 2); // rounds half up, as Pillow's reduce does
            for (int dy = 0; dy < factor; dy++) {
                MemorySegment.copy(
                        samples, ValueLayout.JAVA_BYTE, (long) (y * factor + dy) * rowBytes, row, 0, rowBytes);
                for (int x = 0, at = 0; x < outRowBytes; x += channels) {
                    for (int dx = 0; dx < factor; dx++) {
                        for (int channel = 0; channel < channels; channel++, at++) {
                            sums[x + channel] += row[at] & 0xff;
                        }
                    }
                }
            }
            for (int i = 0, at = y * outRowBytes; i < outRowBytes; i++) {
                out[at + i] = (byte) (sums[i] / area);
            }
        }
        return out;
    }
}
