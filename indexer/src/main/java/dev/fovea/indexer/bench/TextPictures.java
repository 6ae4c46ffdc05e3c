package dev.fovea.indexer.bench;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/**
 * Pictures with known words in them, for measuring and testing text reading: the words drawn at a size, an
 * angle, in a font, over a plain, gradient or noisy background.
 */
public final class TextPictures {
    public enum Background {
        PLAIN,
        GRADIENT,
        NOISY
    }

    /**
     * @param lines the text, one entry a line
     * @param angleDegrees clockwise rotation of the text about the picture's centre; 180 is upside down
     */
    public record Spec(
            String name,
            List<String> lines,
            String font,
            int fontSize,
            double angleDegrees,
            Background background,
            Color paper,
            Color ink,
            int width,
            int height) {

        public Spec {
            lines = List.copyOf(lines);
        }

        /** Black 40-point sans-serif, upright on plain white, 800x600: a sign or a page anyone could read. */
        public static Spec plain(String name, String... lines) {
            return new Spec(
                    name, List.of(lines), "SansSerif", 40, 0, Background.PLAIN, Color.WHITE, Color.BLACK, 800, 600);
        }

        /** The words a perfect reader would find. */
        public List<String> words() {
            return lines.stream()
                    .flatMap(line -> List.of(line.split("\\s+")).stream())
                    .filter(word -> !word.isEmpty())
                    .toList();
        }
    }

    private TextPictures() {}

    public static BufferedImage render(Spec spec) {
        BufferedImage image = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            paintBackground(g, spec, image);
            g.rotate(Math.toRadians(spec.angleDegrees()), spec.width() / 2.0, spec.height() / 2.0);
            g.setFont(new Font(spec.font(), Font.PLAIN, spec.fontSize()));
            g.setColor(spec.ink());
            int lineHeight = g.getFontMetrics().getHeight();
            int top = (spec.height() - lineHeight * spec.lines().size()) / 2
                    + g.getFontMetrics().getAscent();
            for (int i = 0; i < spec.lines().size(); i++) {
                String line = spec.lines().get(i);
                int x = (spec.width() - g.getFontMetrics().stringWidth(line)) / 2;
                g.drawString(line, x, top + i * lineHeight);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paintBackground(Graphics2D g, Spec spec, BufferedImage image) {
        switch (spec.background()) {
            case PLAIN -> {
                g.setColor(spec.paper());
                g.fillRect(0, 0, spec.width(), spec.height());
            }
            case GRADIENT -> {
                g.setPaint(new GradientPaint(
                        0,
                        0,
                        spec.paper(),
                        spec.width(),
                        spec.height(),
                        spec.paper().darker()));
                g.fillRect(0, 0, spec.width(), spec.height());
            }
            case NOISY -> {
                // Fixed seed: the same spec gives the same picture in every run.
                Random random = new Random(spec.name().hashCode());
                int base = spec.paper().getRGB();
                for (int y = 0; y < spec.height(); y++) {
                    for (int x = 0; x < spec.width(); x++) {
                        int jitter = random.nextInt(61) - 30;
                        image.setRGB(x, y, shifted(base, jitter));
                    }
                }
            }
        }
    }

    private static int shifted(int rgb, int by) {
        int r = Math.clamp(((rgb >> 16) & 0xff) + by, 0, 255);
        int gr = Math.clamp(((rgb >> 8) & 0xff) + by, 0, 255);
        int b = Math.clamp((rgb & 0xff) + by, 0, 255);
        return (r << 16) | (gr << 8) | b;
    }

    /** The picture as the indexer's decoders hand it over. */
    public static PixelImage pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rgb = new byte[w * h * 3];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                rgb[i] = (byte) (row[x] >> 16);
                rgb[i + 1] = (byte) (row[x] >> 8);
                rgb[i + 2] = (byte) row[x];
            }
        }
        return new PixelImage(w, h, PixelLayout.RGB, rgb);
    }
}
