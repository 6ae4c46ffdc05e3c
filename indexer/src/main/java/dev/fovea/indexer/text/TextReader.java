package dev.fovea.indexer.text;

import dev.fovea.search.FoveaException;
import dev.fovea.search.image.PixelImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.leptonica.global.leptonica;
import org.bytedeco.tesseract.ETEXT_DESC;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;

/**
 * Reads the words in a picture with Tesseract 5 (LSTM engine, English and Portuguese together). One reader
 * holds one Tesseract instance: not thread-safe, and {@link #close()} frees it.
 */
public final class TextReader implements AutoCloseable {
    /** Words below this confidence are noise more often than text (measured by {@code fovea bench ocr}). */
    static final float MIN_CONFIDENCE = 70f;
    /** Pictures are read at most this large: small print in a 12 MP photo stays legible, and time stays bounded. */
    static final int MAX_SIDE = 2600;
    /** Below this nothing legible fits. */
    static final int MIN_SIDE = 24;
    /**
     * A first reading with fewer words than this, or less sure of them, is tried again upside down: text upside
     * down comes out as a few unsure scraps, not as nothing.
     */
    private static final int FEW_WORDS = 4;

    private static final float SURE = 85f;

    private static final String ENGINE_ID;

    static {
        // Leptonica reports clipped boxes and the like on stderr, for pictures it handles fine.
        leptonica.setMsgSeverity(leptonica.L_SEVERITY_NONE);
        try (BytePointer version = TessBaseAPI.Version()) {
            // "levelled": text read before pages were levelled and thresholded locally is read again.
            ENGINE_ID = "tesseract-" + version.getString(StandardCharsets.UTF_8) + "/"
                    + String.join("+", TessdataLocation.LANGUAGES) + "/c" + (int) MIN_CONFIDENCE + "/levelled";
        }
    }

    private final TessBaseAPI api = new TessBaseAPI();
    private final boolean levels;
    /** The page Tesseract holds: thresholded once, to measure its skew, it is read without thresholding it again. */
    private Page shown;

    private TextReader(Path tessdata, boolean levels) {
        this.levels = levels;
        if (api.Init(tessdata.toString(), String.join("+", TessdataLocation.LANGUAGES), tesseract.OEM_LSTM_ONLY) != 0) {
            api.close();
            throw new FoveaException("Tesseract could not load its language data from " + tessdata
                    + ". Reinstall tesseract-ocr-eng and tesseract-ocr-por, or point " + TessdataLocation.ENVIRONMENT
                    + " at a folder with eng.traineddata and por.traineddata.");
        }
        // Tesseract reports resolution guesses and the like on stderr; they say nothing to a user.
        api.SetVariable("debug_file", System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
        if (levels) {
            // Sauvola's threshold follows the local background: one global (Otsu) threshold turns a grainy or
            // unevenly lit background into specks, and Tesseract then finds no text at all (bench ocr, "noisy").
            api.SetVariable("thresholding_method", "2");
            // Tesseract 5 reads every line it is unsure of a second time, inverted, in case it is light on dark: a
            // quarter of the reading time on the bench's pictures. Light text on a dark page is still read (bench
            // ocr, "background-inverted"): the local threshold and the layout analysis find it without this.
            api.SetVariable("tessedit_do_invert", "0");
        }
        api.SetPageSegMode(tesseract.PSM_AUTO);
    }

    /** A reader over the language data {@link TessdataLocation} finds. */
    public static TextReader open() {
        return new TextReader(TessdataLocation.find(), true);
    }

    public static TextReader open(Path tessdata) {
        return new TextReader(tessdata, true);
    }

    /**
     * Tesseract as it reads on its own, pages neither levelled nor thresholded locally: what the benchmark
     * compares the reader with.
     */
    public static TextReader openUnlevelled() {
        return new TextReader(TessdataLocation.find(), false);
    }

    /** Names the engine, its languages and threshold: text read by another is read again. */
    public static String engineId() {
        return ENGINE_ID;
    }

    /**
     * The confident words of {@code picture}; text turned up to about 65° and text upside down are read too.
     *
     * @throws TextReadingTimeout when the reading takes longer than {@code limit}
     */
    public RecognisedText read(PixelImage picture, Duration limit) {
        if (Math.min(picture.width(), picture.height()) < MIN_SIDE) {
            return RecognisedText.NONE;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        TesseractInput input = TesseractInput.of(picture, MAX_SIDE);
        try (Page asItIs = Page.of(levels ? input.toGreyPix() : input.toPix())) {
            SkewEstimate skew = levels ? skew(asItIs) : SkewEstimate.LEVEL;
            if (!skew.sure()) {
                RecognisedText first = recognise(asItIs, deadline);
                if (skew.plausible() && !sure(first)) {
                    try (Page levelled = Page.rotated(asItIs.pix(), skew.degrees())) {
                        first = surer(first, recognise(levelled, deadline));
                    }
                }
                return sure(first) ? first : upsideDownIfSurer(asItIs, first, deadline);
            }
            try (Page levelled = Page.rotated(asItIs.pix(), skew.degrees())) {
                RecognisedText first = recognise(levelled, deadline);
                return sure(first) ? first : upsideDownIfSurer(levelled, first, deadline);
            }
        } finally {
            api.Clear();
            shown = null;
        }
    }

    /**
     * As {@link #read(PixelImage, Duration)}, but only within {@code area} when the detector's regions leave most of
     * the picture out; boxes are still in fractions of the whole picture.
     *
     * @param area where the detector found text, or null to read the whole picture
     */
    public RecognisedText read(PixelImage picture, TextArea area, Duration limit) {
        return area == null || !area.worthCropping() ? read(picture, limit) : area.readWith(this, picture, limit);
    }

    /** Text upside down comes out as a few unsure scraps, not as nothing: those are read again turned round. */
    private RecognisedText upsideDownIfSurer(Page page, RecognisedText first, long deadline) {
        try (Page flipped = page.turned180()) {
            return surer(first, recognise(flipped, deadline));
        }
    }

    private static boolean sure(RecognisedText text) {
        return text.words().size() >= FEW_WORDS && meanConfidence(text) >= SURE;
    }

    private static RecognisedText surer(RecognisedText a, RecognisedText b) {
        return weight(b) > weight(a) ? b : a;
    }

    /** How far the page's text lines are turned, measured on Tesseract's own binarisation of it. */
    private SkewEstimate skew(Page page) {
        show(page);
        PIX binary = api.GetThresholdedImage();
        if (binary == null || binary.isNull()) {
            return SkewEstimate.LEVEL;
        }
        try {
            return SkewEstimate.of(binary);
        } finally {
            leptonica.pixDestroy(binary);
        }
    }

    private void show(Page page) {
        if (page != shown) {
            api.SetImage(page.pix());
            shown = page;
        }
    }

    private RecognisedText recognise(Page page, long deadlineNanos) {
        long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (remainingMillis <= 0) {
            throw new TextReadingTimeout();
        }
        List<RecognisedWord> words = new ArrayList<>();
        try (ETEXT_DESC monitor = new ETEXT_DESC()) {
            show(page);
            monitor.set_deadline_msecs((int) Math.min(Integer.MAX_VALUE, remainingMillis));
            int status = api.Recognize(monitor);
            // Read once: another reading of the same page starts from its image again.
            shown = null;
            if (monitor.deadline_exceeded()) {
                throw new TextReadingTimeout();
            }
            if (status != 0) {
                return RecognisedText.NONE;
            }
            try (ResultIterator iterator = api.GetIterator()) {
                if (iterator == null || iterator.isNull()) {
                    return RecognisedText.NONE;
                }
                collect(iterator, page, words);
            }
        }
        return new RecognisedText(words);
    }

    private static void collect(ResultIterator iterator, Page page, List<RecognisedWord> words) {
        int line = -1;
        int[] left = new int[1];
        int[] top = new int[1];
        int[] right = new int[1];
        int[] bottom = new int[1];
        do {
            if (iterator.IsAtBeginningOf(tesseract.RIL_TEXTLINE)) {
                line++;
            }
            BytePointer utf8 = iterator.GetUTF8Text(tesseract.RIL_WORD);
            if (utf8 == null || utf8.isNull()) {
                continue;
            }
            String text = utf8.getString(StandardCharsets.UTF_8).strip();
            tesseract.TessDeleteText(utf8);
            float confidence = iterator.Confidence(tesseract.RIL_WORD);
            if (!WordFilter.keeps(text, confidence)
                    || !iterator.BoundingBox(tesseract.RIL_WORD, left, top, right, bottom)) {
                continue;
            }
            int[] box = page.pictureBox(left[0], top[0], right[0], bottom[0], RecognisedWord.BOX_SCALE);
            words.add(new RecognisedWord(text, Math.max(line, 0), box[0], box[1], box[2], box[3], confidence));
        } while (iterator.Next(tesseract.RIL_WORD));
    }

    private static double meanConfidence(RecognisedText text) {
        return text.words().stream()
                .mapToDouble(RecognisedWord::confidence)
                .average()
                .orElse(0);
    }

    /** How much sure text a reading found: each letter counts by the confidence of its word. */
    private static double weight(RecognisedText text) {
        return text.words().stream()
                .mapToDouble(word -> word.confidence() * word.text().length())
                .sum();
    }

    @Override
    public void close() {
        api.End();
        api.close();
    }
}
