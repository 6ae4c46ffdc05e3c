package dev.fovea.indexer.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * JPEGs that cost what camera photos cost to decode: gradients and shapes for structure, sensor-like noise
 * so they compress like real photos (about 3-5 MB for 12 megapixels at quality 90).
 */
public final class SyntheticPhotos {
    private SyntheticPhotos() {}

    public static List<Path> generate(Path folder, int count, int width, int height) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(writeJpeg(
                    picture(width, height, new Random(1000L + i)),
                    folder.resolve(String.format(Locale.ROOT, "photo-%03d.jpg", i)),
                    0.9f));
        }
        return files;
    }

    private static BufferedImage picture(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, randomColor(random), width, height, randomColor(random)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color((randomColor(random).getRGB() & 0xffffff) | ((random.nextInt(200) + 55) << 24), true));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            int w = random.nextInt(width / 3) + 10;
            int h = random.nextInt(height / 3) + 10;
            switch (i % 3) {
                case 0 -> g.fillOval(x, y, w, h);
                case 1 -> g.fillRect(x, y, w, h);
                default -> {
                    g.setStroke(new BasicStroke(2 + random.nextInt(20)));
                    g.drawLine(x, y, random.nextInt(width), random.nextInt(height));
                }
            }
        }
        g.dispose();
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.clamp((pixels[i] & 0xff) + random.nextInt(25) - 12, 0, 255);
        }
        return image;
    }

    private static Color randomColor(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    private static Path writeJpeg(BufferedImage image, Path file, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
