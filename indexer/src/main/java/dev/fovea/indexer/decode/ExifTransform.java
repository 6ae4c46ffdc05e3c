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

    static ExifTransform fromExif(int value) {
        return value >= 1 && value <= 8 ? values()[value - 1] : NORMAL;
    }

    boolean swapsAxes() {
        return this == TRANSPOSE
                || this == ROTATE_90_CLOCKWISE
                || this == TRANSVERSE
                || this == ROTATE_90_COUNTERCLOCKWISE;
    }

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
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                int from = switch (this) {
                    case MIRROR_HORIZONTAL -> y * width + (width - 1 - x);
                    case ROTATE_180 -> (height - 1 - y) * width + (width - 1 - x);
                    case MIRROR_VERTICAL -> (height - 1 - y) * width + x;
                    case TRANSPOSE -> x * width + y;
                    case ROTATE_90_CLOCKWISE -> (height - 1 - x) * width + y;
                    case TRANSVERSE -> (height - 1 - x) * width + (width - 1 - y);
                    case ROTATE_90_COUNTERCLOCKWISE -> x * width + (width - 1 - y);
                    case NORMAL -> y * width + x;
                };
                System.arraycopy(source, from * channels, target, (y * outWidth + x) * channels, channels);
            }
        }
        return new PixelImage(outWidth, outHeight, image.layout(), target, image.palette());
    }
}
