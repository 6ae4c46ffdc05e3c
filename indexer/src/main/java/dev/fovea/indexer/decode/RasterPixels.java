package dev.fovea.indexer.decode;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * ImageIO's pictures as {@link PixelImage}s holding the samples as stored, the way PIL reads them: embedded
 * colour profiles are not applied, 16-bit samples keep their high byte (PIL's RGB;16B and libpng's strip_16),
 * fewer bits are stretched with PIL's integer formula, palettes are expanded.
 */
final class RasterPixels {
    private RasterPixels() {}

    /**
     * @param palette whether the reference resamples this picture with nearest neighbour (PIL modes P and 1);
     *     a picture that is not is expanded without its palette's alpha, as PIL has none then either
     */
    static PixelImage toPixelImage(BufferedImage image, boolean palette) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && buffer.getSize() == image.getWidth() * image.getHeight() * 3) {
            return fromBgr(buffer.getData(), image.getWidth(), image.getHeight(), palette);
        }
        ColorModel model = image.getColorModel();
        if (model instanceof IndexColorModel indexed) {
            return expandPalette(image.getRaster(), indexed, palette);
        }
        int type = model.getColorSpace().getType();
        boolean plainSpace =
                type == ColorSpace.TYPE_RGB || type == ColorSpace.TYPE_GRAY || type == ColorSpace.TYPE_CMYK;
        if (plainSpace && model.getNumComponents() == image.getRaster().getNumBands()) {
            return samples(image.getRaster(), model, palette);
        }
        return viaSrgb(image, palette);
    }

    /** The JPEG readers' usual result, copied without per-sample calls. */
    private static PixelImage fromBgr(byte[] bgr, int width, int height, boolean palette) {
        byte[] rgb = new byte[bgr.length];
        for (int i = 0; i < bgr.length; i += 3) {
            rgb[i] = bgr[i + 2];
            rgb[i + 1] = bgr[i + 1];
            rgb[i + 2] = bgr[i];
        }
        return new PixelImage(width, height, PixelLayout.RGB, rgb, palette);
    }

    /** PIL's BMP and GIF readers drop a palette that maps index i to grey i, and resample as greyscale. */
    static boolean isIdentityGray(IndexColorModel model) {
        for (int i = 0; i < model.getMapSize(); i++) {
            if (model.getRed(i) != i || model.getGreen(i) != i || model.getBlue(i) != i) {
                return false;
            }
        }
        return true;
    }

    /** Straight alpha from premultiplied samples, with PIL's integer rounding ({@code unpackRGBa}). */
    static PixelImage unpremultiplied(PixelImage image) {
        if (!image.layout().hasAlpha()) {
            return image;
        }
        int channels = image.layout().channels();
        byte[] pixels = image.pixels().clone();
        for (int pixel = 0; pixel < pixels.length; pixel += channels) {
            int alpha = pixels[pixel + channels - 1] & 0xff;
            for (int channel = 0; channel < channels - 1; channel++) {
                int value = pixels[pixel + channel] & 0xff;
                pixels[pixel + channel] =
                        (byte) (alpha == 0 ? 0 : alpha == 255 ? value : Math.min(255, value * 255 / alpha));
            }
        }
        return new PixelImage(image.width(), image.height(), image.layout(), pixels, image.palette());
    }

    private static PixelImage expandPalette(Raster raster, IndexColorModel model, boolean palette) {
        int size = model.getMapSize();
        boolean gray = true;
        for (int i = 0; i < size; i++) {
            gray &= model.getRed(i) == model.getGreen(i) && model.getGreen(i) == model.getBlue(i);
        }
        boolean alpha = palette && model.getTransparency() != java.awt.Transparency.OPAQUE;
        PixelLayout layout = gray
                ? (alpha ? PixelLayout.GRAY_ALPHA : PixelLayout.GRAY)
                : (alpha ? PixelLayout.RGBA : PixelLayout.RGB);
        int channels = layout.channels();
        byte[][] table = new byte[256][channels];
        for (int i = 0; i < 256; i++) {
            // Indices past the palette's end read as black, as in PIL's zero-padded palettes.
            int[] entry = i < size
                    ? new int[] {model.getRed(i), model.getGreen(i), model.getBlue(i), model.getAlpha(i)}
                    : new int[] {0, 0, 0, 255};
            if (gray) {
                table[i][0] = (byte) entry[0];
            } else {
                table[i][0] = (byte) entry[0];
                table[i][1] = (byte) entry[1];
                table[i][2] = (byte) entry[2];
            }
            if (alpha) {
                table[i][channels - 1] = (byte) entry[3];
            }
        }
        int width = raster.getWidth();
        int height = raster.getHeight();
        byte[] pixels = new byte[width * height * channels];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            raster.getSamples(raster.getMinX(), raster.getMinY() + y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                System.arraycopy(table[row[x] & 0xff], 0, pixels, (y * width + x) * channels, channels);
            }
        }
        return new PixelImage(width, height, layout, pixels, palette);
    }

    private static PixelImage samples(Raster raster, ColorModel model, boolean palette) {
        int bands = raster.getNumBands();
        boolean alpha = model.hasAlpha();
        boolean cmyk = model.getColorSpace().getType() == ColorSpace.TYPE_CMYK;
        int colorBands = bands - (alpha ? 1 : 0);
        PixelLayout layout = cmyk || colorBands >= 3
                ? (alpha ? PixelLayout.RGBA : PixelLayout.RGB)
                : (alpha ? PixelLayout.GRAY_ALPHA : PixelLayout.GRAY);
        int channels = layout.channels();
        int[] bits = model.getComponentSize();
        int width = raster.getWidth();
        int height = raster.getHeight();
        byte[] pixels = new byte[width * height * channels];
        int[] row = new int[width * bands];
        int[] sample = new int[bands];
        for (int y = 0; y < height; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, row);
            for (int x = 0; x < width; x++) {
                for (int band = 0; band < bands; band++) {
                    sample[band] = to8Bits(row[x * bands + band], bits[band]);
                }
                int out = (y * width + x) * channels;
                if (cmyk) {
                    CmykConversion.toRgb(sample[0], sample[1], sample[2], sample[3], pixels, out);
                } else {
                    for (int channel = 0; channel < colorBands && channel < 3; channel++) {
                        pixels[out + channel] = (byte) sample[channel];
                    }
                }
                if (alpha) {
                    int a = sample[bands - 1];
                    pixels[out + channels - 1] = (byte) a;
                    if (model.isAlphaPremultiplied() && a != 0 && a != 255) {
                        for (int channel = 0; channel < channels - 1; channel++) {
                            pixels[out + channel] = (byte) Math.min(255, (pixels[out + channel] & 0xff) * 255 / a);
                        }
                    }
                }
            }
        }
        return new PixelImage(width, height, layout, pixels, palette);
    }

    /** Anything else (Lab, YCbCr, float samples...) through Java's own conversion to sRGB. */
    private static PixelImage viaSrgb(BufferedImage image, boolean palette) {
        boolean alpha = image.getColorModel().hasAlpha();
        PixelLayout layout = alpha ? PixelLayout.RGBA : PixelLayout.RGB;
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] pixels = new byte[width * height * layout.channels()];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int out = (y * width + x) * layout.channels();
                pixels[out] = (byte) (argb >> 16);
                pixels[out + 1] = (byte) (argb >> 8);
                pixels[out + 2] = (byte) argb;
                if (alpha) {
                    pixels[out + 3] = (byte) (argb >>> 24);
                }
            }
        }
        return new PixelImage(width, height, layout, pixels, palette);
    }

    private static int to8Bits(int value, int bits) {
        if (bits == 8) {
            return value & 0xff;
        }
        if (bits > 8) {
            return (value >>> (bits - 8)) & 0xff;
        }
        return value * 255 / ((1 << bits) - 1);
    }
}
