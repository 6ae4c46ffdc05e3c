package dev.fovea.indexer.decode;

import dev.fovea.search.image.ImagePreprocessor;
import dev.fovea.search.model.Preprocessing;
import dev.fovea.testing.ReferencePreprocessing.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Compares Fovea's decode-and-preprocess of each file with the reference's tensor and keeps one line per file:
 * the worst and mean absolute difference, or why there is nothing to compare.
 */
final class ParitySurvey {
    /** One level of an 8-bit sample, the brief's bound. */
    static final float ONE_LEVEL = 1f / 255f;

    record Row(Path file, String mode, String outcome, float worst, double mean, String exclusion) {
        boolean mismatch() {
            return outcome.equals("compared") && exclusion == null && worst > ONE_LEVEL + 1e-6f;
        }

        @Override
        public String toString() {
            String measured =
                    outcome.equals("compared") ? String.format(Locale.ROOT, "worst %.5f mean %.6f", worst, mean) : "";
            return String.format(
                    Locale.ROOT,
                    "%-10s %-8s %-34s %s%s",
                    outcome,
                    mode == null ? "-" : mode,
                    measured,
                    file.getFileName(),
                    exclusion == null ? "" : "  [excluded: " + exclusion + "]");
        }
    }

    private final List<Row> rows = new ArrayList<>();

    /**
     * @param decode Fovea's decode of a file, or an exception message
     * @param exclusion a documented reason this file's difference is PIL's, given the file and its PIL mode
     */
    void compare(
            Preprocessing preprocessing,
            List<Path> files,
            List<Reference> references,
            BiFunction<Path, Preprocessing, float[]> decode,
            BiFunction<Path, String, Optional<String>> exclusion) {
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Reference reference = references.get(i);
            float[] actual;
            try {
                actual = decode.apply(file, preprocessing);
            } catch (UndecodableImageException e) {
                rows.add(new Row(
                        file,
                        reference.mode(),
                        reference.ok() ? "fovea-failed " + e.reason() : "both-failed",
                        0,
                        0,
                        null));
                continue;
            }
            if (!reference.ok()) {
                rows.add(new Row(file, null, "pil-failed", 0, 0, null));
                continue;
            }
            float worst = 0;
            double sum = 0;
            float[] expected = reference.tensor();
            for (int j = 0; j < expected.length; j++) {
                float difference = Math.abs(expected[j] - actual[j]);
                worst = Math.max(worst, difference);
                sum += difference;
            }
            rows.add(new Row(
                    file,
                    reference.mode(),
                    "compared",
                    worst,
                    sum / expected.length,
                    exclusion.apply(file, reference.mode()).orElse(null)));
        }
    }

    static float[] tensor(PhotoDecoder decoder, Path file, Preprocessing preprocessing, DecodeRequest request) {
        ImagePreprocessor preprocessor = new ImagePreprocessor(preprocessing);
        float[] tensor = new float[preprocessor.tensorLength()];
        preprocessor.write(decoder.decode(file, request).image(), tensor, 0);
        return tensor;
    }

    List<Row> rows() {
        return rows;
    }

    List<Row> mismatches() {
        return rows.stream().filter(Row::mismatch).toList();
    }

    String report() {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(row).append('\n'));
        return text.toString();
    }
}
