package dev.fovea.indexer.decode;

import dev.fovea.search.image.PixelImage;

/**
 * The eight EXIF orientations and the pixel moves that make a stored picture upright, as PIL's
 * {@code ImageOps.exif_transpose} does. Any other value (0, or garbage) leaves the picture as stored.
 */
enum ExifTransform {
    NORMAL,
    MIRROR_HORIZONTAL,
    ROTATE_180,
    MIRROR_VERTICAL,
    TRANSPOSE,
    ROTATE_90_CLOCKWISE,
    TRANSVERSE,
    ROTATE_90_COUNTERCLOCKWISE;

    /** Output pixels per side of a tile: the source lines a tile crosses (128 of 128 pixels) stay in cache. */
    private static final int TILE = 128;

    static ExifTransform fromExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    boolean swapsAxes() {
        return this == TRANSPOSE
                || this == ROTATE_90_CLOCKWISE
                || this == TRANSVERSE
                || this == ROTATE_90_COUNTERCLOCKWISE;
    }

    /**
     * The transform applied to {@code image}. Each output row reads the source along a straight line (a row, or a
     * column for the four that swap axes), so rows are copied whole or pixel by pixel in tiles that keep the
     * source lines a tile crosses in cache: a per-pixel copy in output order cost about as much as decoding a
     * 12-megapixel portrait photo at full size.
     */
    PixelImage apply(PixelImage image) {
        if (this == NORMAL) {
            return image;
        }
        int width = image.width();
        int height = image.height();
        int channels = image.layout().channels();
        int outWidth = swapsAxes() ? height : width;
        int outHeight = swapsAxes() ? width : height;
        byte[] source = image.pixels();
        byte[] target = new byte[source.length];
        // The source pixel of output (x, y) is first(y) + x * step.
        int step = switch (this) {
            case MIRROR_VERTICAL -> 1;
            case MIRROR_HORIZONTAL, ROTATE_180 -> -1;
            case TRANSPOSE, ROTATE_90_COUNTERCLOCKWISE -> width;
            case ROTATE_90_CLOCKWISE, TRANSVERSE -> -width;
            case NORMAL -> throw new AssertionError();
        };
        for (int tileTop = 0; tileTop < outHeight; tileTop += TILE) {
            for (int tileLeft = 0; tileLeft < outWidth; tileLeft += TILE) {
                int tileRight = Math.min(outWidth, tileLeft + TILE);
                for (int y = tileTop; y < Math.min(outHeight, tileTop + TILE); y++) {
                    int from = (firstSource(y, width, height) + tileLeft * step) * channels;
                    int to = (y * outWidth + tileLeft) * channels;
                    if (step == 1) {
                        System.arraycopy(source, from, target, to, (tileRight - tileLeft) * channels);
                        continue;
                    }
                    int stride = step * channels;
                    if (channels == 3) {
                        for (int x = tileLeft; x < tileRight; x++, from += stride, to += 3) {
                            target[to] = source[from];
                            target[to + 1] = source[from + 1];
                            target[to + 2] = source[from + 2];
                        }
                        continue;
                    }
                    for (int x = tileLeft; x < tileRight; x++, from += stride) {
                        for (int channel = 0; channel < channels; channel++) {
                            target[to++] = source[from + channel];
                        }
                    }
                }
            }
        }
        return new PixelImage(outWidth, outHeight, image.layout(), target, image.palette());
    }

    /** The source pixel (index in pixels) of output row {@code y}'s first pixel. */
    private int firstSource(int y, int width, int height) {
        return switch (this) {
            case MIRROR_HORIZONTAL -> y * width + width - 1;
            case ROTATE_180 -> (height - 1 - y) * width + width - 1;
            case MIRROR_VERTICAL -> (height - 1 - y) * width;
            case TRANSPOSE -> y;
            case ROTATE_90_CLOCKWISE -> (height - 1) * width + y;
            case TRANSVERSE -> (height - 1) * width + width - 1 - y;
            case ROTATE_90_COUNTERCLOCKWISE -> width - 1 - y;
            case NORMAL -> y * width;
        };
    }
}
