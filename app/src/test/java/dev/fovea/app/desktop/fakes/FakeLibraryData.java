package dev.fovea.app.desktop.fakes;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Generates a library of fake photos: named colours with noise, dates over six years, a few cameras and
 * folders, some with GPS, bursts of near-duplicates; and their thumbnails as PNG gradients on disk. At
 * 100,000 photos the thumbnails repeat from a pool, as the memory cache keys by content hash anyway.
 */
public final class FakeLibraryData {
    public static final Map<String, float[]> COLOURS = Map.of(
            "red", new float[] {0.86f, 0.16f, 0.14f},
            "orange", new float[] {0.95f, 0.55f, 0.12f},
            "yellow", new float[] {0.95f, 0.85f, 0.2f},
            "green", new float[] {0.2f, 0.65f, 0.25f},
            "blue", new float[] {0.15f, 0.35f, 0.85f},
            "purple", new float[] {0.55f, 0.25f, 0.7f},
            "pink", new float[] {0.95f, 0.5f, 0.7f},
            "teal", new float[] {0.1f, 0.6f, 0.6f});
    private static final List<String> NAMES = List.copyOf(new java.util.TreeSet<>(COLOURS.keySet()));
    private static final List<String> CAMERAS =
            List.of("Apple iPhone 13", "Google Pixel 7", "Fujifilm X-T30", "Sony ILCE-7M3");
    private static final List<String> FOLDERS =
            List.of("Holidays/Lisbon", "Holidays/Alps", "Family", "Garden", "Phone");
    private static final int POOL_PER_COLOUR = 60;

    private FakeLibraryData() {}

    public static List<FakePhoto> generate(int count, Path photosRoot, Path thumbnails) {
        Random random = new Random(42);
        List<FakePhoto> photos = new ArrayList<>(count);
        LocalDateTime start = LocalDateTime.of(2019, 1, 1, 9, 0);
        for (int i = 0; i < count; i++) {
            long id = i + 1;
            boolean burstFollower = i % 37 > 0 && i % 37 < 3;
            FakePhoto previous = burstFollower ? photos.get(i - 1) : null;
            String colourName = previous != null ? previous.colourName() : NAMES.get(random.nextInt(NAMES.size()));
            float[] base = COLOURS.get(colourName);
            float[] colour = new float[3];
            for (int c = 0; c < 3; c++) {
                float jitter = previous != null ? 0.01f : 0.12f;
                colour[c] = Math.clamp(base[c] + (float) random.nextGaussian() * jitter, 0f, 1f);
            }
            LocalDateTime taken = previous != null
                    ? (previous.takenAt() == null ? null : previous.takenAt().plusSeconds(1))
                    : i % 41 == 5 ? null : start.plusMinutes(random.nextLong(6L * 365 * 24 * 60));
            String folder = FOLDERS.get(random.nextInt(FOLDERS.size()));
            String type = i % 50 == 17 ? "mp4" : i % 9 == 0 ? "heic" : i % 13 == 0 ? "png" : "jpg";
            Path path = photosRoot.resolve(folder).resolve(String.format("IMG_%05d.%s", id, type));
            boolean located = random.nextInt(3) == 0;
            photos.add(new FakePhoto(
                    id,
                    path,
                    colourName + "-" + i,
                    taken,
                    CAMERAS.get(random.nextInt(CAMERAS.size())),
                    type,
                    located ? 38.7 + random.nextDouble() : null,
                    located ? -9.1 + random.nextDouble() : null,
                    colourName,
                    colour,
                    burstFollower ? previous.burst() : id));
        }
        writeThumbnails(photos, thumbnails);
        return photos;
    }

    /** The thumbnail file for a content hash ({@code colour-index}): a pool per colour, repeating beyond its size. */
    public static Path thumbnail(Path thumbnails, String contentHash) {
        int dash = contentHash.indexOf('-');
        int index = Integer.parseInt(contentHash.substring(dash + 1));
        return thumbnails.resolve(contentHash.substring(0, dash) + "-" + index % POOL_PER_COLOUR + ".png");
    }

    private static void writeThumbnails(List<FakePhoto> photos, Path thumbnails) {
        try {
            Files.createDirectories(thumbnails);
            for (FakePhoto photo : photos) {
                Path file = thumbnail(thumbnails, photo.contentHash());
                if (!Files.exists(file)) {
                    ImageIO.write(picture(photo.colour(), photo.id()), "png", file.toFile());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Something photo-like: a sky-to-ground gradient in the photo's colour with a sun or a hill. */
    static BufferedImage picture(float[] colour, long seed) {
        int width = seed % 5 == 0 ? 240 : 320;
        int height = seed % 5 == 0 ? 320 : 240;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color main = new Color(colour[0], colour[1], colour[2]);
        g.setPaint(new GradientPaint(
                0, 0, main.brighter(), 0, height, main.darker().darker()));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        g.setColor(new Color(1f, 1f, 0.9f, 0.55f));
        int sun = 30 + random.nextInt(50);
        g.fillOval(random.nextInt(width - sun), random.nextInt(height / 2), sun, sun);
        g.setColor(main.darker());
        g.fillOval(-width / 2 + random.nextInt(width), height * 2 / 3, width * 2, height);
        g.dispose();
        return image;
    }
}
