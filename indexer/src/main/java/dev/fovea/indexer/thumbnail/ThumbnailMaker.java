package dev.fovea.indexer.thumbnail;

import dev.fovea.indexer.decode.binding.TurboJpegCompressor;
import dev.fovea.search.image.PixelImage;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the UI's thumbnail from the picture already decoded for the model, so a photo is decoded once.
 *
 * <p>Size: {@value #LONG_SIDE} px on the long side. The app's grid shows photos in cells of up to about 180
 * logical pixels, which is 360 physical pixels on a HiDPI (2x) screen, the common case on laptops; larger
 * views (the photo viewer) load the original. At JPEG quality 0.8 that is about 20 KB per photo, some 2 GB
 * per 100,000 photos, half a percent of typical originals. The decoder is asked for a short side that
 * covers this (together with the model input), so no upscaling happens for photos larger than that.
 */
public final class ThumbnailMaker {
    public static final int LONG_SIDE = 360;
    private static final float QUALITY = 0.8f;

    /** Loaded on first use, so a program that makes no thumbnail never looks for the library. */
    private static final class Compressor {
        static final Optional<TurboJpegCompressor> TURBO_JPEG = TurboJpegCompressor.load();
    }

    /** The smallest short side a decode must keep for a thumbnail of a photo of this shape. */
    public static int shortSideNeeded(int width, int height) {
        int longSide = Math.max(width, height);
        int shortSide = Math.min(width, height);
        if (longSide <= LONG_SIDE) {
            return shortSide;
        }
        return (int) Math.ceil((double) shortSide * LONG_SIDE / longSide);
    }

    public byte[] make(PixelImage image) {
        return scale(image).jpeg();
    }

    /** The thumbnail before it is compressed: the indexer's text gate looks at these pixels. */
    public Thumbnail scale(PixelImage image) {
        BufferedImage source = reduceByBoxes(image);
        double scale = Math.min(1.0, (double) LONG_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return new Thumbnail(target);
    }

    /**
     * Averages whole blocks of pixels down to less than twice the target size (a box filter: no aliasing, one
     * pass), compositing alpha over white, into a BGR image Java2D scales quickly for the last step. Rows are summed
     * into per-column totals: the pipeline's decode for the model is some 1000 x 750 pixels, and a per-pixel loop
     * over it, then Java2D over all of it, cost about as much CPU as the model's preprocessing (JFR, bench index).
     */
    static BufferedImage reduceByBoxes(PixelImage image) {
        int factor = Math.max(1, Math.max(image.width(), image.height()) / LONG_SIDE);
        int width = Math.max(1, image.width() / factor);
        int height = Math.max(1, image.height() / factor);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        byte[] pixels = image.pixels();
        int channels = image.layout().channels();
        boolean rgb = channels == 3;
        if (rgb && factor == 2) {
            halveRgb(pixels, image.width(), target, width, height);
            return out;
        }
        int area = factor * factor;
        BoxDivisor divisor = new BoxDivisor(area);
        int[] sums = new int[width * 3];
        for (int y = 0; y < height; y++) {
            Arrays.fill(sums, area / 2);
            for (int dy = 0; dy < factor; dy++) {
                int row = (y * factor + dy) * image.width();
                if (rgb) {
                    addRgbRow(pixels, row * 3, factor, sums);
                } else {
                    addRow(image, row, factor, sums);
                }
            }
            for (int x = 0, at = y * width * 3; x < width * 3; x += 3, at += 3) {
                target[at] = (byte) divisor.divide(sums[x + 2]);
                target[at + 1] = (byte) divisor.divide(sums[x + 1]);
                target[at + 2] = (byte) divisor.divide(sums[x]);
            }
        }
        return out;
    }

    /**
     * The indexing decode's usual case (a 12-megapixel photo decoded at some 1000 x 750 pixels): each 2 x 2 box
     * straight from its two rows into the target, the same values as the column sums give ({@code (sum + 2) / 4}),
     * at half their cost, which was a quarter of the decode workers' Java time outside decoding (JFR, bench index).
     */
    private static void halveRgb(byte[] pixels, int sourceWidth, byte[] target, int width, int height) {
        int rowBytes = sourceWidth * 3;
        for (int y = 0; y < height; y++) {
            int top = 2 * y * rowBytes;
            int bottom = top + rowBytes;
            for (int x = 0, at = y * width * 3; x < width; x++, at += 3, top += 6, bottom += 6) {
                int red = (pixels[top] & 0xff)
                        + (pixels[top + 3] & 0xff)
                        + (pixels[bottom] & 0xff)
                        + (pixels[bottom + 3] & 0xff);
                int green = (pixels[top + 1] & 0xff)
                        + (pixels[top + 4] & 0xff)
                        + (pixels[bottom + 1] & 0xff)
                        + (pixels[bottom + 4] & 0xff);
                int blue = (pixels[top + 2] & 0xff)
                        + (pixels[top + 5] & 0xff)
                        + (pixels[bottom + 2] & 0xff)
                        + (pixels[bottom + 5] & 0xff);
                target[at] = (byte) ((blue + 2) >> 2);
                target[at + 1] = (byte) ((green + 2) >> 2);
                target[at + 2] = (byte) ((red + 2) >> 2);
            }
        }
    }

    private static void addRgbRow(byte[] pixels, int at, int factor, int[] sums) {
        for (int x = 0; x < sums.length; x += 3) {
            int red = 0;
            int green = 0;
            int blue = 0;
            for (int dx = 0; dx < factor; dx++, at += 3) {
                red += pixels[at] & 0xff;
                green += pixels[at + 1] & 0xff;
                blue += pixels[at + 2] & 0xff;
            }
            sums[x] += red;
            sums[x + 1] += green;
            sums[x + 2] += blue;
        }
    }

    /** Grey, grey with alpha and RGBA pixels of one source row, alpha composited over white. */
    private static void addRow(PixelImage image, int row, int factor, int[] sums) {
        byte[] pixels = image.pixels();
        int channels = image.layout().channels();
        boolean gray = channels <= 2;
        boolean alpha = image.layout().hasAlpha();
        for (int x = 0, at = row * channels; x < sums.length; x += 3) {
            for (int dx = 0; dx < factor; dx++, at += channels) {
                int red = pixels[at] & 0xff;
                int green = gray ? red : pixels[at + 1] & 0xff;
                int blue = gray ? red : pixels[at + 2] & 0xff;
                if (alpha) {
                    int a = pixels[at + channels - 1] & 0xff;
                    red = (red * a + 255 * (255 - a)) / 255;
                    green = (green * a + 255 * (255 - a)) / 255;
                    blue = (blue * a + 255 * (255 - a)) / 255;
                }
                sums[x] += red;
                sums[x + 1] += green;
                sums[x + 2] += blue;
            }
        }
    }

    /** libjpeg-turbo when it is there (several times faster on a thumbnail), ImageIO's writer otherwise. */
    static byte[] jpeg(BufferedImage image) {
        Optional<TurboJpegCompressor> turbo = Compressor.TURBO_JPEG;
        if (turbo.isPresent() && image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            // A raster that is a window into a larger buffer is not packed rows: ImageIO writes it.
            if (bgr.length == image.getWidth() * image.getHeight() * 3) {
                return turbo.get().compressBgr(bgr, image.getWidth(), image.getHeight(), Math.round(QUALITY * 100));
            }
        }
        return imageIoJpeg(image);
    }

    static byte[] imageIoJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding a thumbnail in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
