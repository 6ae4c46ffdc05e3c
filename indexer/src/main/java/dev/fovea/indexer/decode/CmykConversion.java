package dev.fovea.indexer.decode;

/**
 * CMYK to RGB as PIL converts it ({@code cmyk2rgb} in Convert.c: no colour management), with Adobe's inverted
 * storage undone first for JPEGs, as PIL's JPEG reader does for every CMYK JPEG.
 */
final class CmykConversion {
    private CmykConversion() {}

    /** Samples as stored in an Adobe (inverted) CMYK JPEG. */
    static void invertedToRgb(int c, int m, int y, int k, byte[] target, int offset) {
        toRgb(255 - c, 255 - m, 255 - y, 255 - k, target, offset);
    }

    /** Plain CMYK samples (0 = no ink). */
    static void toRgb(int c, int m, int y, int k, byte[] target, int offset) {
        int inverseK = 255 - k;
        target[offset] = (byte) Math.max(0, inverseK - mulDiv255(c, inverseK));
        target[offset + 1] = (byte) Math.max(0, inverseK - mulDiv255(m, inverseK));
        target[offset + 2] = (byte) Math.max(0, inverseK - mulDiv255(y, inverseK));
    }

    private static int mulDiv255(int a, int b) {
        int product = a * b + 128;
        return ((product >> 8) + product) >> 8;
    }
}
