package dev.fovea.app.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Single-colour JPEGs named photo0.jpg, photo1.jpg, ...: what the fixture model tells apart. */
final class SolidPhotos {
    private SolidPhotos() {}

    static Path write(Path folder, int width, int height, Color... colours) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < colours.length; i++) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(colours[i]);
            graphics.fillRect(0, 0, width, height);
            graphics.dispose();
            ImageIO.write(image, "jpg", folder.resolve("photo" + i + ".jpg").toFile());
        }
        return folder;
    }
}
