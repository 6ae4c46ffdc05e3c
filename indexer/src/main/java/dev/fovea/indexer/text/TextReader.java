package dev.fovea.indexer.text;

import dev.fovea.search.FoveaException;
import dev.fovea.search.image.PixelImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
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

    private static final int BOX_SCALE = 10_000;

    private static final String ENGINE_ID;

    static {
        // Leptonica reports clipped boxes and the like on stderr, for pictures it handles fine.
        leptonica.setMsgSeverity(leptonica.L_SEVERITY_NONE);
        try (BytePointer version = TessBaseAPI.Version()) {
            ENGINE_ID = "tesseract-" + version.getString(StandardCharsets.UTF_8) + "/"
                    + String.join("+", TessdataLocation.LANGUAGES) + "/c" + (int) MIN_CONFIDENCE;
        }
    }

    private final TessBaseAPI api = new TessBaseAPI();

    private TextReader(Path tessdata) {
        if (api.Init(tessdata.toString(), String.join("+", TessdataLocation.LANGUAGES), tesseract.OEM_LSTM_ONLY) != 0) {
            api.close();
            throw new FoveaException("Tesseract could not load its language data from " + tessdata
                    + ". Reinstall tesseract-ocr-eng and tesseract-ocr-por, or point " + TessdataLocation.ENVIRONMENT
                    + " at a folder with eng.traineddata and por.traineddata.");
        }
        // Tesseract reports resolution guesses and the like on stderr; they say nothing to a user.
        api.SetVariable("debug_file", System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
        api.SetPageSegMode(tesseract.PSM_AUTO);
    }

    /** A reader over the language data {@link TessdataLocation} finds. */
    public static TextReader open() {
        return new TextReader(TessdataLocation.find());
    }

    public static TextReader open(Path tessdata) {
        return new TextReader(tessdata);
    }

    /** Names the engine, its languages and threshold: text read by another is read again. */
    public static String engineId() {
        return ENGINE_ID;
    }

    /**
     * The confident words of {@code picture}; text upside down is read too.
     *
     * @throws TextReadingTimeout when the reading takes longer than {@code limit}
     */
    public RecognisedText read(PixelImage picture, Duration limit) {
        if (Math.min(picture.width(), picture.height()) < MIN_SIDE) {
            return RecognisedText.NONE;
        }
        long deadline = System.nanoTime() + limit.toNanos();
        TesseractInput input = TesseractInput.of(picture, MAX_SIDE);
        RecognisedText upright = recognise(input, deadline);
        if (upright.words().size() >= FEW_WORDS && meanConfidence(upright) >= SURE) {
            return upright;
        }
        RecognisedText flipped = recognise(input.rotated180(), deadline);
        return weight(flipped) > weight(upright) ? unrotate(flipped) : upright;
    }

    private RecognisedText recognise(TesseractInput input, long deadlineNanos) {
        long remainingMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (remainingMillis <= 0) {
            throw new TextReadingTimeout();
        }
        List<RecognisedWord> words = new ArrayList<>();
        try (BytePointer pixels = new BytePointer(input.pixels());
                ETEXT_DESC monitor = new ETEXT_DESC()) {
            api.SetImage(pixels, input.width(), input.height(), input.channels(), input.width() * input.channels());
            monitor.set_deadline_msecs((int) Math.min(Integer.MAX_VALUE, remainingMillis));
            int status = api.Recognize(monitor);
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
                collect(iterator, input, words);
            }
        } finally {
            api.Clear();
        }
        return new RecognisedText(words);
    }

    private static void collect(ResultIterator iterator, TesseractInput input, List<RecognisedWord> words) {
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
            words.add(new RecognisedWord(
                    text,
                    Math.max(line, 0),
                    scale(left[0], input.width()),
                    scale(top[0], input.height()),
                    scale(right[0] - left[0], input.width()),
                    scale(bottom[0] - top[0], input.height()),
                    confidence));
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

    private static int scale(int pixels, int side) {
        return (int) ((long) pixels * BOX_SCALE / side);
    }

    private static RecognisedText unrotate(RecognisedText flipped) {
        return new RecognisedText(flipped.words().stream()
                .map(w -> new RecognisedWord(
                        w.text(),
                        w.line(),
                        BOX_SCALE - w.x() - w.width(),
                        BOX_SCALE - w.y() - w.height(),
                        w.width(),
                        w.height(),
                        w.confidence()))
                .toList());
    }

    @Override
    public void close() {
        api.End();
        api.close();
    }
}
