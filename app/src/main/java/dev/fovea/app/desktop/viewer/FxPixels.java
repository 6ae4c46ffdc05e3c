package dev.fovea.app.desktop.viewer;

import dev.fovea.search.image.PixelImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A decoded picture as a JavaFX image; may run on any thread. */
final class FxPixels {
    private FxPixels() {}

    static WritableImage toImage(PixelImage picture) {
        int width = picture.width();
        int height = picture.height();
        byte[] source = picture.pixels();
        int channels = picture.layout().channels();
        WritableImage image = new WritableImage(width, height);
        if (channels == 3) {
            image.getPixelWriter()
                    .setPixels(0, 0, width, height, PixelFormat.getByteRgbInstance(), source, 0, width * 3);
            return image;
        }
        // Gray, gray+alpha and RGBA become BGRA, the one other byte layout JavaFX writes.
        byte[] bgra = new byte[width * height * 4];
        for (int i = 0, o = 0; i < source.length; i += channels, o += 4) {
            byte r = source[i];
            byte g = channels >= 3 ? source[i + 1] : r;
            byte b = channels >= 3 ? source[i + 2] : r;
            bgra[o] = b;
            bgra[o + 1] = g;
            bgra[o + 2] = r;
            bgra[o + 3] = picture.layout().hasAlpha() ? source[i + channels - 1] : (byte) 0xff;
        }
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getByteBgraInstance(), bgra, 0, width * 4);
        return image;
    }
}
