package dev.fovea.search.image;

/**
 * Pillow resizes pictures with alpha premultiplied (RGBA to RGBa, LA to La, then back), with its own integer
 * rounding ({@code rgbA2rgba}, {@code rgba2rgbA}, {@code lA2la}, {@code la2lA} in src/libImaging/Convert.c).
 * The alpha sample is the last of each pixel.
 */
final class PremultipliedAlpha {
    private PremultipliedAlpha() {}

    static byte[] premultiply(byte[] samples, int channels) {
        byte[] result = new byte[samples.length];
        for (int pixel = 0; pixel < samples.length; pixel += channels) {
            int alpha = samples[pixel + channels - 1] & 0xff;
            for (int channel = 0; channel < channels - 1; channel++) {
                result[pixel + channel] = (byte) mulDiv255(samples[pixel + channel] & 0xff, alpha);
            }
            result[pixel + channels - 1] = (byte) alpha;
        }
        return result;
    }

    /** Undoes {@link #premultiply} in place. */
    static void unpremultiply(byte[] samples, int channels) {
        for (int pixel = 0; pixel < samples.length; pixel += channels) {
            int alpha = samples[pixel + channels - 1] & 0xff;
            if (alpha == 0 || alpha == 255) {
                continue;
            }
            for (int channel = 0; channel < channels - 1; channel++) {
                samples[pixel + channel] = (byte) Math.min(255 * (samples[pixel + channel] & 0xff) / alpha, 255);
            }
        }
    }

    /** Pillow's {@code MULDIV255}: a * b / 255 rounded, without a division. */
    private static int mulDiv255(int a, int b) {
        int product = a * b + 128;
        return ((product >> 8) + product) >> 8;
    }
}
