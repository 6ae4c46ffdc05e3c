package dev.fovea.installers;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Photos of one plain colour each, which the fixture model tells apart: the AOT cache's training session indexes a
 * few, and installers/test-deb.sh searches its own by colour (installers/src/test-deb/MakePhotos.java).
 */
public final class PlainPhotos {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private PlainPhotos() {}

    /** Writes {@code file} in the format its extension names (jpg, png). */
    public static void write(Path file, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        // A gentle gradient, so that the file is a photo-like image rather than one flat value.
        graphics.setPaint(new GradientPaint(0, 0, colour, WIDTH, HEIGHT, colour.darker()));
        graphics.fillRect(0, 0, WIDTH, HEIGHT);
        graphics.dispose();
        String name = file.getFileName().toString();
        String format = name.substring(name.lastIndexOf('.') + 1);
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IOException("ImageIO writes no " + format + " (" + file + ")");
        }
    }
}
