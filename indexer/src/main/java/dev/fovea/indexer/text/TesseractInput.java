package dev.fovea.indexer.text;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;

/**
 * A picture as Tesseract takes it: grey or RGB bytes, transparency flattened onto white (text on a transparent
 * screenshot is usually dark), no side above the reading limit.
 */
record TesseractInput(int width, int height, int channels, byte[] pixels) {

    static TesseractInput of(PixelImage picture, int maxSide) {
        TesseractInput flat = flatten(picture);
        int factor = (Math.max(flat.width, flat.height) + maxSide - 1) / maxSide;
        return factor <= 1 ? flat : flat.shrunk(factor);
    }

    private static TesseractInput flatten(PixelImage picture) {
        PixelLayout layout = picture.layout();
        byte[] source = picture.pixels();
        if (!layout.hasAlpha()) {
            return new TesseractInput(picture.width(), picture.height(), layout.channels(), source);
        }
        int colours = layout.channels() - 1;
        int count = picture.width() * picture.height();
        byte[] flat = new byte[count * colours];
        for (int p = 0; p < count; p++) {
            int alpha = source[p * (colours + 1) + colours] & 0xff;
            for (int c = 0; c < colours; c++) {
                int value = source[p * (colours + 1) + c] & 0xff;
                flat[p * colours + c] = (byte) ((value * alpha + 255 * (255 - alpha)) / 255);
            }
        }
        return new TesseractInput(picture.width(), picture.height(), colours, flat);
    }

    /** Averages {@code factor x factor} blocks: shrinking without aliasing thin strokes away. */
    private TesseractInput shrunk(int factor) {
        int w = width / factor;
        int h = height / factor;
        byte[] out = new byte[w * h * channels];
        int area = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int c = 0; c < channels; c++) {
                    int sum = 0;
                    for (int dy = 0; dy < factor; dy++) {
                        int row = ((y * factor + dy) * width + x * factor) * channels + c;
                        for (int dx = 0; dx < factor; dx++) {
                            sum += pixels[row + dx * channels] & 0xff;
                        }
                    }
                    out[(y * w + x) * channels + c] = (byte) (sum / area);
                }
            }
        }
        return new TesseractInput(w, h, channels, out);
    }

    TesseractInput rotated180() {
        byte[] out = new byte[pixels.length];
        int count = width * height;
        for (int p = 0; p < count; p++) {
            System.arraycopy(pixels, p * channels, out, (count - 1 - p) * channels, channels);
        }
        return new TesseractInput(width, height, channels, out);
    }
}
