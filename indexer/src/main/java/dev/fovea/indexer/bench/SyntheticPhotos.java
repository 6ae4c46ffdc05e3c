package dev.fovea.indexer.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Photo-sized JPEGs for benchmarks: gradients, overlapping shapes and sensor-like noise, so they compress
 * like camera photos (a 12-megapixel one at quality 0.9 is a few megabytes), unlike flat test pictures that
 * decode unrealistically fast.
 */
public final class SyntheticPhotos {
    private SyntheticPhotos() {}

    public static Path writeJpeg(Path file, int width, int height, long seed) throws IOException {
        BufferedImage image = picture(width, height, seed);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(0.9f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return file;
    }

    static BufferedImage picture(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setPaint(new GradientPaint(0, 0, colour(random), width, height, colour(random)));
        graphics.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int w = width / 20 + random.nextInt(width / 3);
            int h = height / 20 + random.nextInt(height / 3);
            graphics.setPaint(new GradientPaint(x, y, colour(random), x + w, y + h, colour(random)));
            if (random.nextBoolean()) {
                graphics.fillOval(x - w / 2, y - h / 2, w, h);
            } else {
                graphics.rotate(random.nextDouble() - 0.5, x, y);
                graphics.fillRect(x - w / 2, y - h / 2, w, h);
                graphics.rotate(0);
            }
        }
        graphics.dispose();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            int noise = (int) (random.nextGaussian() * 6);
            int rgb = pixels[i];
            pixels[i] = clamp((rgb >> 16 & 0xff) + noise) << 16 | clamp((rgb >> 8 & 0xff) + noise) << 8 | clamp((rgb & 0xff) + noise);
        }
        return image;
    }

    private static Color colour(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
