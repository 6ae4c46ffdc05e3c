package dev.fovea.indexer.text;

import dev.fovea.search.image.PixelImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a picture where the {@link TextDetector} found text: the box around its regions with a margin, in
 * fractions of the picture's width and height. Reading only this part spares Tesseract the thresholding, skew search
 * and layout analysis of the rest of the page, which cost in proportion to its pixels, not to its text.
 */
public record TextArea(double left, double top, double right, double bottom) {
    /**
     * Cropping pays only when it leaves much of the picture out; a larger area is read whole, which also keeps what
     * the detector may have missed between its regions.
     */
    static final double MAX_CROPPED_FRACTION = 0.5;

    public TextArea {
        left = Math.clamp(left, 0, 1);
        top = Math.clamp(top, 0, 1);
        right = Math.clamp(right, left, 1);
        bottom = Math.clamp(bottom, top, 1);
    }

    public double fraction() {
        return (right - left) * (bottom - top);
    }

    boolean worthCropping() {
        return fraction() <= MAX_CROPPED_FRACTION;
    }

    /** Reads the area of {@code picture} and gives the words' boxes in fractions of the whole picture. */
    RecognisedText readWith(TextReader reader, PixelImage picture, java.time.Duration limit) {
        int x0 = (int) Math.floor(left * picture.width());
        int y0 = (int) Math.floor(top * picture.height());
        int width = Math.max(1, (int) Math.ceil(right * picture.width()) - x0);
        int height = Math.max(1, (int) Math.ceil(bottom * picture.height()) - y0);
        RecognisedText inside = reader.read(crop(picture, x0, y0, width, height), limit);
        List<RecognisedWord> words = new ArrayList<>(inside.words().size());
        int scale = RecognisedWord.BOX_SCALE;
        for (RecognisedWord word : inside.words()) {
            words.add(new RecognisedWord(
                    word.text(),
                    word.line(),
                    (int) Math.round(((double) x0 * scale + (double) word.x() * width) / picture.width()),
                    (int) Math.round(((double) y0 * scale + (double) word.y() * height) / picture.height()),
                    (int) Math.round((double) word.width() * width / picture.width()),
                    (int) Math.round((double) word.height() * height / picture.height()),
                    word.confidence()));
        }
        return new RecognisedText(words);
    }

    private static PixelImage crop(PixelImage picture, int x0, int y0, int width, int height) {
        int channels = picture.layout().channels();
        byte[] pixels = new byte[width * height * channels];
        for (int y = 0; y < height; y++) {
            System.arraycopy(
                    picture.pixels(),
                    ((y0 + y) * picture.width() + x0) * channels,
                    pixels,
                    y * width * channels,
                    width * channels);
        }
        return new PixelImage(width, height, picture.layout(), pixels, picture.palette());
    }
}
