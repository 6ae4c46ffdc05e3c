package dev.fovea.app.cli.bench;

import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.text.TextDetector;
import dev.fovea.indexer.thumbnail.Thumbnail;
import dev.fovea.indexer.thumbnail.ThumbnailMaker;
import dev.fovea.search.image.PixelImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * The text gate's detector tallied over photos with and without text, at the size the gate uses and at larger ones
 * for comparison; each looks at the photo's thumbnail as the decode workers give it (scaled, not yet compressed).
 * The gate's size also looks at the stored thumbnail (the JPEG), as the text stage gives it for photos indexed
 * before automatic reading was on.
 */
final class GateTally implements AutoCloseable {
    private static final int[] SIDES = IntStream.concat(
                    IntStream.of(256, 320, 480, 640), IntStream.of(TextDetector.LONG_SIDE))
            .distinct()
            .sorted()
            .toArray();
    private static final int GATE = Arrays.binarySearch(SIDES, TextDetector.LONG_SIDE);

    private final List<TextDetector> detectors = new ArrayList<>();
    private final int[] passedText = new int[SIDES.length];
    private final int[] passedOthers = new int[SIDES.length];
    private final double[] millis = new double[SIDES.length];
    private int text;
    private int others;
    private final int[] wordsPassedOver = new int[SIDES.length];
    private int storedPassedText;
    private int storedPassedOthers;

    GateTally() {
        for (int side : SIDES) {
            detectors.add(TextDetector.open(1, side));
        }
    }

    /**
     * Runs each detector on the picture's thumbnail and notes its regions in {@code row}.
     *
     * @param wordsRead words of the truth Tesseract reads in the picture (0 when it holds no text): what a gate that
     *     passes over it costs the search
     * @return what the gate's detector finds
     */
    TextDetector.Detection look(PixelImage picture, boolean holdsText, int wordsRead, Map<String, Object> row) {
        Thumbnail scaled = new ThumbnailMaker().scale(picture);
        PixelImage thumbnail = scaled.pixels();
        TextDetector.Detection gateDetection = null;
        for (int i = 0; i < SIDES.length; i++) {
            long start = System.nanoTime();
            TextDetector.Detection detection = detectors.get(i).detect(thumbnail);
            int regions = detection.regions();
            millis[i] += (System.nanoTime() - start) / 1e6;
            row.put("detector_regions_" + SIDES[i], regions);
            boolean passes = regions > 0;
            if (holdsText) {
                passedText[i] += passes ? 1 : 0;
                wordsPassedOver[i] += passes ? 0 : wordsRead;
            } else {
                passedOthers[i] += passes ? 1 : 0;
            }
            gateDetection = i == GATE ? detection : gateDetection;
        }
        boolean storedPasses = detectors.get(GATE).detect(stored(scaled)).holdsText();
        if (holdsText) {
            text++;
            storedPassedText += storedPasses ? 1 : 0;
        } else {
            others++;
            storedPassedOthers += storedPasses ? 1 : 0;
        }
        row.put("gate_reads_it", gateDetection.holdsText());
        row.put("gate_reads_it_from_stored_thumbnail", storedPasses);
        return gateDetection;
    }

    /** Recall over the pictures of text, passes over the others, precision and time, per detector size. */
    void summarise(Map<String, Object> summary) {
        summary.put("gate_recall", ratio(passedText[GATE], text));
        summary.put("gate_passes_of_pictures_without_text", passedOthers[GATE]);
        summary.put("gate_precision", ratio(passedText[GATE], passedText[GATE] + passedOthers[GATE]));
        summary.put("words_read_in_pictures_of_text_the_gate_passes_over", wordsPassedOver[GATE]);
        summary.put("gate_recall_stored_thumbnail", ratio(storedPassedText, text));
        summary.put("gate_passes_of_pictures_without_text_stored_thumbnail", storedPassedOthers);
        Map<String, Object> bySide = new LinkedHashMap<>();
        for (int i = 0; i < SIDES.length; i++) {
            Map<String, Object> side = new LinkedHashMap<>();
            side.put("recall", ratio(passedText[i], text));
            side.put("passes_without_text", passedOthers[i]);
            side.put("precision", ratio(passedText[i], passedText[i] + passedOthers[i]));
            side.put("words_read_in_pictures_passed_over", wordsPassedOver[i]);
            side.put("ms_per_photo_one_thread", Math.round(millis[i] / Math.max(1, text + others)));
            bySide.put(String.valueOf(SIDES[i]), side);
        }
        summary.put("detector_by_long_side", bySide);
    }

    private static Double ratio(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    /** The thumbnail indexing stores (a JPEG, {@value ThumbnailMaker#LONG_SIDE} px), decoded again. */
    private static PixelImage stored(Thumbnail thumbnail) {
        try {
            return TextPictures.pixels(ImageIO.read(new ByteArrayInputStream(thumbnail.jpeg())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        detectors.forEach(TextDetector::close);
    }
}
