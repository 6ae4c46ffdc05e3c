package dev.fovea.indexer.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** Generates photo files for tests: coloured pictures with some structure, optionally with EXIF. */
public final class TestPhotos {
    private TestPhotos() {}

    public static BufferedImage picture(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        graphics.fillRect(0, 0, width, height);
        for (int i = 0; i < 6; i++) {
            graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            graphics.fillOval(
                    random.nextInt(width),
                    random.nextInt(height),
                    1 + random.nextInt(width / 2 + 1),
                    1 + random.nextInt(height / 2 + 1));
        }
        graphics.dispose();
        return image;
    }

    public static byte[] jpegBytes(BufferedImage image) {
        return encode(image, "jpg");
    }

    public static Path jpeg(Path file, int width, int height, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, jpegBytes(picture(width, height, seed)));
        return file;
    }

    public static Path png(Path file, int width, int height, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, encode(picture(width, height, seed), "png"));
        return file;
    }

    /** A JPEG with an EXIF segment built by {@link ExifBuilder}. */
    public static Path jpegWithExif(Path file, int width, int height, long seed, ExifBuilder exif) throws IOException {
        return jpegWithExif(file, picture(width, height, seed), exif);
    }

    /** This picture as a JPEG with an EXIF segment built by {@link ExifBuilder}. */
    public static Path jpegWithExif(Path file, BufferedImage picture, ExifBuilder exif) throws IOException {
        byte[] jpeg = jpegBytes(picture);
        byte[] app1 = exif.app1Segment();
        byte[] out = new byte[jpeg.length + app1.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, out);
        return file;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
