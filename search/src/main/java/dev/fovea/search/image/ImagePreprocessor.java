package dev.fovea.search.image;

import dev.fovea.search.model.Preprocessing;
import java.nio.FloatBuffer;
import java.util.Objects;

/**
 * Turns a decoded picture into an image tower's input exactly as open_clip's eval transform does with PIL:
 * {@code Resize(size)} of the shortest side with Pillow's antialiasing filter (nearest for palette pictures,
 * premultiplied for pictures with alpha), {@code CenterCrop(size)}, {@code convert("RGB")}, {@code ToTensor},
 * {@code Normalize}. Writes NCHW float32 into the caller's buffer so encoders batch without copies.
 * Thread-safe; one per preprocessing is enough.
 */
public final class ImagePreprocessor {
    private final Preprocessing preprocessing;
    private final ResampleFilter filter;
    private final TensorWriter writer;

    public ImagePreprocessor(Preprocessing preprocessing) {
        this.preprocessing = Objects.requireNonNull(preprocessing, "preprocessing");
        this.filter = ResampleFilter.of(preprocessing.interpolation());
        this.writer = new TensorWriter(preprocessing);
    }

    public Preprocessing preprocessing() {
        return preprocessing;
    }

    /** Floats per picture: {@code 3 * size * size}. */
    public int tensorLength() {
        return writer.length();
    }

    /** Writes the picture's tensor to {@code target[offset .. offset + tensorLength())}. */
    public void write(PixelImage image, float[] target, int offset) {
        Objects.checkFromIndexSize(offset, tensorLength(), target.length);
        writer.write(cropWindow(image), image.layout().channels(), target, offset);
    }

    /** Writes the picture's tensor to {@code target} at absolute index {@code offset}, leaving its position alone. */
    public void write(PixelImage image, FloatBuffer target, int offset) {
        Objects.checkFromIndexSize(offset, tensorLength(), target.limit());
        writer.write(cropWindow(image), image.layout().channels(), target, offset);
    }

    /** The resized, center-cropped window, still in the picture's own layout (alpha, if any, not premultiplied). */
    private byte[] cropWindow(PixelImage image) {
        ResizeGeometry geometry = ResizeGeometry.shortestSide(image.width(), image.height(), preprocessing.imageSize());
        int channels = image.layout().channels();
        if (!geometry.resizes()) {
            return PillowResize.antialiased(image.pixels(), channels, geometry, filter);
        }
        if (image.palette()) {
            return PillowResize.nearest(image.pixels(), channels, geometry);
        }
        if (!image.layout().hasAlpha()) {
            return PillowResize.antialiased(image.pixels(), channels, geometry, filter);
        }
        byte[] window = PillowResize.antialiased(
                PremultipliedAlpha.premultiply(image.pixels(), channels), channels, geometry, filter);
        PremultipliedAlpha.unpremultiply(window, channels);
        return window;
    }
}
