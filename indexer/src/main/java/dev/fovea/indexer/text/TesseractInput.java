package dev.fovea.indexer.text;

import dev.fovea.search.image.PixelImage;
import dev.fovea.search.image.PixelLayout;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.leptonica.global.leptonica;

/**
 * A picture as Tesseract takes it: grey or RGB, transparency flattened onto white (text on a transparent
 * screenshot is usually dark), no side above the reading limit.
 */
record TesseractInput(int width, int height, int channels, byte[] pixels) {

    static TesseractInput of(PixelImage picture, int maxSide) {
        TesseractInput flat = flatten(picture);
        // A sliver (4000 x 3) keeps at least one row: shrunk no further than its short side allows.
        int factor = Math.min(
                (Math.max(flat.width, flat.height) + maxSide - 1) / maxSide, Math.min(flat.width, flat.height));
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

    /**
     * The picture as a Leptonica image: 8-bit grey or 32-bit RGB, each row packed in 32-bit words with the first
     * pixel in the most significant byte, as Leptonica lays them out. The caller destroys it.
     */
    PIX toPix() {
        return channels == 1 ? toGreyPix() : colourPix();
    }

    /**
     * The picture as an 8-bit grey Leptonica image, grey as Leptonica's luminance weighs the colours (0.3, 0.5,
     * 0.2): what Tesseract makes of a colour picture before it thresholds it locally and before its LSTM reads it,
     * so it reads the same, at a quarter of the pixels to pass. The caller destroys it.
     */
    PIX toGreyPix() {
        PIX pix = leptonica.pixCreate(width, height, 8);
        int wordsPerLine = leptonica.pixGetWpl(pix);
        int[] words = new int[wordsPerLine * height];
        for (int y = 0; y < height; y++) {
            int row = y * wordsPerLine;
            for (int x = 0; x < width; x++) {
                words[row + (x >> 2)] |= grey((y * width + x) * channels) << (24 - 8 * (x & 3));
            }
        }
        leptonica.pixGetData(pix).put(words);
        return pix;
    }

    private int grey(int p) {
        if (channels == 1) {
            return pixels[p] & 0xff;
        }
        // As pixConvertRGBToLuminance rounds it.
        return (int) (0.3f * (pixels[p] & 0xff) + 0.5f * (pixels[p + 1] & 0xff) + 0.2f * (pixels[p + 2] & 0xff) + 0.5f);
    }

    private PIX colourPix() {
        PIX pix = leptonica.pixCreate(width, height, 32);
        int wordsPerLine = leptonica.pixGetWpl(pix);
        int[] words = new int[wordsPerLine * height];
        for (int y = 0; y < height; y++) {
            int row = y * wordsPerLine;
            for (int x = 0; x < width; x++) {
                int p = (y * width + x) * channels;
                words[row + x] = (pixels[p] & 0xff) << 24 | (pixels[p + 1] & 0xff) << 16 | (pixels[p + 2] & 0xff) << 8;
            }
        }
        leptonica.pixGetData(pix).put(words);
        return pix;
    }
}
