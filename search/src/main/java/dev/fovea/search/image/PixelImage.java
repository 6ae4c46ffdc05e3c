package dev.fovea.search.image;

/**
 * A decoded picture, upright (EXIF orientation already applied), as interleaved 8-bit samples in row-major
 * order without padding: {@code pixels.length == width * height * layout.channels()}. Alpha is straight
 * (not premultiplied).
 *
 * @param palette the source was palette-indexed (GIF, indexed PNG): the reference resizes such pictures
 *     with nearest-neighbour sampling, so matching it needs to know
 */
public record PixelImage(int width, int height, PixelLayout layout, byte[] pixels, boolean palette) {
    public PixelImage {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Empty image: " + width + "x" + height);
        }
        long expected = (long) width * height * layout.channels();
        if (pixels.length != expected) {
            throw new IllegalArgumentException("Expected " + expected + " samples for " + width + "x" + height + " "
                    + layout + ", got " + pixels.length);
        }
    }

    public PixelImage(int width, int height, PixelLayout layout, byte[] pixels) {
        this(width, height, layout, pixels, false);
    }
}
