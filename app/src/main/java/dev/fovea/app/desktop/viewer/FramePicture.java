package dev.fovea.app.desktop.viewer;

import dev.fovea.search.image.PixelImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** The picture a playing video is drawn into: one image, redrawn in place while the frame size stays. FX thread. */
final class FramePicture {
    private WritableImage image;

    /** Draws the RGB frame; true when that needed a new image (the first frame, or a new size). */
    boolean draw(PixelImage frame) {
        boolean replaced =
                image == null || (int) image.getWidth() != frame.width() || (int) image.getHeight() != frame.height();
        if (replaced) {
            image = new WritableImage(frame.width(), frame.height());
        }
        image.getPixelWriter()
                .setPixels(
                        0,
                        0,
                        frame.width(),
                        frame.height(),
                        PixelFormat.getByteRgbInstance(),
                        frame.pixels(),
                        0,
                        frame.width() * 3);
        return replaced;
    }

    WritableImage image() {
        return image;
    }
}
