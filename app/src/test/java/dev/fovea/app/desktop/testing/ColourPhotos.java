package dev.fovea.app.desktop.testing;

import dev.fovea.indexer.testing.ExifBuilder;
import dev.fovea.indexer.testing.TestPhotos;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A folder of generated photos that the colour fixture model tells apart: each shows one colour in most of
 * its quarters (the model compares quarter means with colour prototypes), in a few layouts so that no two
 * are near-duplicates. JPEGs carry EXIF (camera, date, and for every third a GPS position); every fourth
 * photo is a PNG without any. Each colour has photos of both cameras, in several years, in both folders
 * (Garden and Beach).
 */
public final class ColourPhotos {
    /** The fixture model's colour words with RGB close to its prototypes. */
    public static final Map<String, Color> COLOURS = Map.of(
            "red", new Color(230, 26, 26),
            "orange", new Color(250, 140, 0),
            "yellow", new Color(242, 230, 26),
            "green", new Color(26, 179, 51),
            "blue", new Color(26, 51, 230),
            "purple", new Color(128, 26, 153),
            "pink", new Color(250, 153, 190),
            "brown", new Color(140, 77, 26));

    private static final List<String> ORDER = List.of("red", "orange", "yellow", "green", "blue", "purple");
    /** What fills the quarters a layout leaves to another colour. */
    private static final Color[] OTHERS = {Color.WHITE, new Color(128, 128, 128), Color.BLACK};

    /**
     * @param camera "make model" as the filter panel lists it; null for PNGs
     * @param taken null for PNGs
     */
    public record Photo(Path path, String colour, String camera, LocalDate taken, boolean located) {
        public String folderName() {
            return path.getParent().getFileName().toString();
        }
    }

    private ColourPhotos() {}

    /** Writes {@code perColour} photos of each colour under {@code root}, in a fixed order with fixed contents. */
    public static List<Photo> write(Path root, int perColour) throws IOException {
        Random random = new Random(42);
        List<Photo> photos = new ArrayList<>();
        int n = 0;
        for (int variant = 0; variant < perColour; variant++) {
            for (int c = 0; c < ORDER.size(); c++) {
                String colour = ORDER.get(c);
                BufferedImage picture = picture(COLOURS.get(colour), variant, random);
                Path folder = root.resolve((variant + c) % 2 == 0 ? "Garden" : "Beach");
                String name = String.format(Locale.ROOT, "%s-%02d", colour, variant);
                if (n % 4 == 3) {
                    Path file = Files.createDirectories(folder).resolve(name + ".png");
                    ImageIO.write(picture, "png", file.toFile());
                    photos.add(new Photo(file, colour, null, null, false));
                } else {
                    boolean pixel = variant % 2 == 0;
                    LocalDate taken = LocalDate.of(2021 + variant % 3, 1 + n % 12, 1 + n % 28);
                    boolean located = (variant + c) % 3 == 0;
                    ExifBuilder exif = new ExifBuilder()
                            .make(pixel ? "Google" : "Canon")
                            .model(pixel ? "Pixel 7" : "Canon EOS R6")
                            .dateTimeOriginal(String.format(
                                    Locale.ROOT,
                                    "%04d:%02d:%02d 12:%02d:00",
                                    taken.getYear(),
                                    taken.getMonthValue(),
                                    taken.getDayOfMonth(),
                                    n % 60));
                    if (located) {
                        exif.gps(38.7 + n * 0.01, -9.1 - n * 0.01);
                    }
                    Path file = TestPhotos.jpegWithExif(folder.resolve(name + ".jpg"), picture, exif);
                    photos.add(new Photo(file, colour, pixel ? "Google Pixel 7" : "Canon EOS R6", taken, located));
                }
                n++;
            }
        }
        return photos;
    }

    /** The photo behind a path, if it is one of these. */
    public static Optional<Photo> find(List<Photo> photos, Path path) {
        return photos.stream().filter(photo -> photo.path().equals(path)).findFirst();
    }

    /** A PNG of one colour, as the photos show it, for dropping on the window. */
    public static Path picture(Path file, String colour) throws IOException {
        BufferedImage picture = picture(COLOURS.get(colour), 0, new Random(7));
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    /** A picture of one of {@link #COLOURS} in one of the layouts the photos use. */
    public static BufferedImage picture(String colour, int variant, long seed) {
        return picture(COLOURS.get(colour), variant, new Random(seed));
    }

    /** Layouts: all four quarters the colour, then three with one of the others, then the left half only. */
    private static BufferedImage picture(Color main, int variant, Random random) {
        int width = 480;
        int height = 360;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(jitter(main, random));
        graphics.fillRect(0, 0, width, height);
        int layout = variant % 5;
        if (layout >= 1 && layout <= 3) {
            graphics.setColor(OTHERS[layout - 1]);
            int quarter = variant % 4;
            graphics.fillRect(quarter % 2 * width / 2, quarter / 2 * height / 2, width / 2, height / 2);
        } else if (layout == 4) {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(width / 2, 0, width / 2, height);
        }
        // A little texture, as photos have: the model looks at means, people see pictures.
        for (int i = 0; i < 12; i++) {
            graphics.setColor(jitter(main, random).darker());
            int size = 8 + random.nextInt(30);
            graphics.fillOval(random.nextInt(width), random.nextInt(height), size, size);
        }
        graphics.dispose();
        return image;
    }

    private static Color jitter(Color colour, Random random) {
        return new Color(
                clamp(colour.getRed() + random.nextInt(21) - 10),
                clamp(colour.getGreen() + random.nextInt(21) - 10),
                clamp(colour.getBlue() + random.nextInt(21) - 10));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
