package dev.fovea.testing;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures that resample like photos (gradients, hard edges, noise, alpha ramps) generated from a seed, and
 * lossless PNG files holding exactly their samples, so the reference can read what Fovea sees.
 */
public final class SyntheticImages {
    private SyntheticImages() {}

    public static PixelImage generate(int width, int height, PixelLayout layout, long seed) {
        Random random = new Random(seed);
        int channels = layout.channels();
        byte[] pixels = new byte[width * height * channels];
        int circleX = random.nextInt(width);
        int circleY = random.nextInt(height);
        int radius = 1 + random.nextInt(Math.max(width, height));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean inside = (long) (x - circleX) * (x - circleX) + (long) (y - circleY) * (y - circleY)
                        < (long) radius * radius;
                int base = (y * width + x) * channels;
                for (int channel = 0; channel < channels; channel++) {
                    int value;
                    if (layout.hasAlpha() && channel == channels - 1) {
                        // Fully transparent, fully opaque and everything between, so both premultiplication shortcuts
                        // run.
                        value = inside ? 255 : (x * 255 / Math.max(width - 1, 1) + random.nextInt(3)) & 0xff;
                        value = (x % 7 == 0) ? 0 : value;
                    } else {
                        int gradient =
                                (x * (channel + 1) * 97 / Math.max(width, 1) + y * 151 / Math.max(height, 1)) & 0xff;
                        value = inside ? 255 - gradient : gradient;
                        value = Math.clamp(value + random.nextInt(41) - 20, 0, 255);
                    }
                    pixels[base + channel] = (byte) value;
                }
            }
        }
        return new PixelImage(width, height, layout, pixels);
    }

    /** A palette picture of {@code colors} random colours, expanded to RGB as the decoder delivers it. */
    public static PixelImage generatePalette(int width, int height, int colors, long seed) {
        Random random = new Random(seed);
        byte[] palette = new byte[colors * 3];
        random.nextBytes(palette);
        byte[] indices = paletteIndices(width, height, colors, random);
        byte[] pixels = new byte[width * height * 3];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(palette, (indices[i] & 0xff) * 3, pixels, i * 3, 3);
        }
        return new PixelImage(width, height, PixelLayout.RGB, pixels, true);
    }

    private static byte[] paletteIndices(int width, int height, int colors, Random random) {
        byte[] indices = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int band = (x / Math.max(1, width / 8) + y / Math.max(1, height / 5)) % colors;
                indices[y * width + x] = (byte) (random.nextInt(10) == 0 ? random.nextInt(colors) : band);
            }
        }
        return indices;
    }

    /** Writes the samples losslessly; palette pictures become indexed PNGs (PIL mode P). */
    public static Path writePng(PixelImage image, Path file) {
        try {
            if (!ImageIO.write(toBufferedImage(image), "png", file.toFile())) {
                throw new IllegalStateException("No PNG writer for " + image.layout());
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage toBufferedImage(PixelImage image) {
        if (image.palette()) {
            return indexed(image);
        }
        int channels = image.layout().channels();
        ColorSpace space = ColorSpace.getInstance(channels < 3 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        boolean alpha = image.layout().hasAlpha();
        ColorModel model = new ComponentColorModel(
                space, alpha, false, alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        int[] offsets = new int[channels];
        for (int i = 0; i < channels; i++) {
            offsets[i] = i;
        }
        WritableRaster raster = Raster.createInterleavedRaster(
                new DataBufferByte(image.pixels().clone(), image.pixels().length),
                image.width(),
                image.height(),
                image.width() * channels,
                channels,
                offsets,
                null);
        return new BufferedImage(model, raster, false, null);
    }

    private static BufferedImage indexed(PixelImage image) {
        // Rebuild a palette from the expanded colours (at most 256 distinct ones by construction).
        java.util.Map<Integer, Integer> indexOf = new java.util.LinkedHashMap<>();
        byte[] pixels = image.pixels();
        int channels = image.layout().channels();
        byte[] indices = new byte[image.width() * image.height()];
        for (int i = 0; i < indices.length; i++) {
            int rgb = ((pixels[i * channels] & 0xff) << 16)
                    | ((pixels[i * channels + 1] & 0xff) << 8)
                    | (pixels[i * channels + 2] & 0xff);
            Integer index = indexOf.computeIfAbsent(rgb, key -> indexOf.size());
            indices[i] = (byte) (int) index;
        }
        if (indexOf.size() > 256) {
            throw new IllegalArgumentException("More than 256 colours in a palette picture");
        }
        int size = indexOf.size();
        byte[] r = new byte[size];
        byte[] g = new byte[size];
        byte[] b = new byte[size];
        indexOf.forEach((rgb, index) -> {
            r[index] = (byte) (rgb >> 16);
            g[index] = (byte) (rgb >> 8);
            b[index] = (byte) (int) rgb;
        });
        IndexColorModel model = new IndexColorModel(8, size, r, g, b);
        BufferedImage result = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_INDEXED, model);
        result.getRaster().setDataElements(0, 0, image.width(), image.height(), indices);
        return result;
    }
}
