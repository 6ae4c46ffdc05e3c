package dev.fovea.app.cli.bench;

import dev.fovea.app.cli.FoveaCli;
import dev.fovea.app.cli.FoveaSubcommand;
import dev.fovea.app.json.Json;
import dev.fovea.app.setup.IndexingSeams;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.bench.SyntheticPhotos;
import dev.fovea.indexer.bench.TextCases;
import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.bench.TextScore;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.indexer.pipeline.DecoderAdapter;
import dev.fovea.indexer.pipeline.IndexingOptions;
import dev.fovea.indexer.pipeline.IndexingSummary;
import dev.fovea.indexer.text.RecognisedText;
import dev.fovea.indexer.text.RecognisedWord;
import dev.fovea.indexer.text.TextArea;
import dev.fovea.indexer.text.TextDetector;
import dev.fovea.indexer.text.TextMode;
import dev.fovea.indexer.text.TextReader;
import dev.fovea.indexer.text.TextReading;
import dev.fovea.indexer.text.TextReadingTimeout;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.image.PixelImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "ocr",
        mixinStandardHelpOptions = true,
        description = {
            "Reading text in photos: character error rate and word recall on generated pictures with known words",
            "(sizes, angles, fonts, backgrounds) and on real photos with hand-written truth; words read in pictures",
            "without text; the automatic gate's recall; indexing speed with text off, auto and all, measured in the",
            "same run."
        })
final class BenchOcrCommand extends FoveaSubcommand {
    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "A folder of real photos, e.g. ../shared/corpora/camera-photos; photos not in --truth count"
                    + " as photos without text for the gate.")
    Path corpus;

    @Option(
            names = "--truth",
            paramLabel = "FILE",
            description = "Tab-separated: a photo's path below --corpus, then the words written in it.")
    Path truth;

    @Option(
            names = "--library",
            paramLabel = "N",
            defaultValue = "20",
            description = "Photos in the generated library indexed for speed, one in five with text"
                    + " (default: ${DEFAULT-VALUE}; 0 skips the speed cases).")
    int library;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            defaultValue = "3",
            description = "Rounds of the speed cases, alternated; each ratio is against its own round's text-off run"
                    + " (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "Where the library is generated (default: a folder in the temp dir).")
    Path workDir;

    private static final java.time.Duration LIMIT = TextReading.DEFAULT_LIMIT;

    private int readingsOverLimit;
    /** Made when the command runs: picocli builds every command at start, and the decoder loads native code. */
    private DecoderAdapter decoder;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new dev.fovea.search.FoveaException("--rounds " + rounds + ": give at least 1 round.");
        }
        try (EmbeddingModel model = EmbeddingModel.open(ModelResolver.resolve(modelDir(), home()));
                TextReader reader = TextReader.open();
                TextReader unlevelled = TextReader.openUnlevelled()) {
            decoder = new DecoderAdapter(new PhotoDecoder());
            try (GateTally gate = new GateTally()) {
                generated(reader, unlevelled, gate);
            }
            if (corpus != null && truth != null) {
                try (GateTally gate = new GateTally()) {
                    real(reader, unlevelled, gate);
                }
            }
            if (library > 0) {
                speed(model);
            }
        }
        return FoveaCli.OK;
    }

    /**
     * Each picture is read twice in the same run: by the reader indexing uses and by Tesseract on its own
     * ({@code _unlevelled}), pages neither levelled nor thresholded locally, as the reader was before.
     */
    private void generated(TextReader reader, TextReader unlevelled, GateTally gate) {
        TextScore all = TextScore.none();
        AutoScore auto = new AutoScore();
        TextScore allUnlevelled = TextScore.none();
        Map<String, Object> byAngle = new LinkedHashMap<>();
        double millis = 0;
        List<TextCases.Case> cases = TextCases.all();
        for (TextCases.Case c : cases) {
            PixelImage picture = TextPictures.pixels(TextPictures.render(c.spec()));
            long start = System.nanoTime();
            RecognisedText read = readWithinLimit(reader, picture);
            double ms = (System.nanoTime() - start) / 1e6;
            millis += ms;
            TextScore score = TextScore.of(c.spec().words(), words(read));
            all = all.plus(score);
            long startUnlevelled = System.nanoTime();
            RecognisedText readUnlevelled = readWithinLimit(unlevelled, picture);
            double msUnlevelled = (System.nanoTime() - startUnlevelled) / 1e6;
            TextScore scoreUnlevelled = TextScore.of(c.spec().words(), words(readUnlevelled));
            allUnlevelled = allUnlevelled.plus(scoreUnlevelled);
            if (c.group().equals("angle") || c.spec().name().equals("base")) {
                byAngle.put(
                        String.valueOf((int) c.spec().angleDegrees()),
                        new TreeMap<>(Map.of(
                                "word_recall",
                                round(score.wordRecall()),
                                "word_recall_unlevelled",
                                round(scoreUnlevelled.wordRecall()))));
            }
            Map<String, Object> row = row("ocr-generated-" + c.spec().name(), score, ms);
            row.put("group", c.group());
            row.put("truth", String.join(" ", c.spec().words()));
            row.put("read", String.join(" ", words(read)));
            row.put("cer_unlevelled", round(scoreUnlevelled.characterErrorRate()));
            row.put("word_recall_unlevelled", round(scoreUnlevelled.wordRecall()));
            row.put("ms_per_photo_unlevelled", Math.round(msUnlevelled));
            row.put("read_unlevelled", String.join(" ", words(readUnlevelled)));
            // As a camera photo: only the detector decides, not the screenshot rule.
            auto.add(
                    reader,
                    picture,
                    gate.look(picture, true, score.wordsFound(), row),
                    c.spec().words(),
                    read,
                    ms,
                    row);
            print(row);
        }
        int garbage = 0;
        for (TextPictures.Spec blank : TextCases.textFree()) {
            PixelImage picture = TextPictures.pixels(TextPictures.render(blank));
            garbage += readWithinLimit(reader, picture).words().size();
            gate.look(picture, false, 0, new LinkedHashMap<>());
        }
        Map<String, Object> summary = row("ocr-generated", all, millis / cases.size());
        summary.put("pictures", cases.size());
        summary.put("cer_unlevelled", round(allUnlevelled.characterErrorRate()));
        summary.put("word_recall_unlevelled", round(allUnlevelled.wordRecall()));
        summary.put("word_recall_by_angle", byAngle);
        summary.put("words_read_in_text_free_pictures", garbage);
        summary.put("text_free_pictures", TextCases.textFree().size());
        summary.put("readings_over_limit", readingsOverLimit);
        readingsOverLimit = 0;
        auto.summarise(summary);
        gate.summarise(summary);
        print(summary);
    }

    private void real(TextReader reader, TextReader unlevelled, GateTally gate) throws IOException {
        Map<Path, List<String>> truths = readTruth();
        TextScore all = TextScore.none();
        TextScore allUnlevelled = TextScore.none();
        AutoScore auto = new AutoScore();
        double millis = 0;
        for (Map.Entry<Path, List<String>> entry : truths.entrySet()) {
            PixelImage picture = decode(entry.getKey());
            long start = System.nanoTime();
            RecognisedText read = readWithinLimit(reader, picture);
            double ms = (System.nanoTime() - start) / 1e6;
            millis += ms;
            TextScore score = TextScore.of(entry.getValue(), words(read));
            all = all.plus(score);
            TextScore scoreUnlevelled = TextScore.of(entry.getValue(), words(readWithinLimit(unlevelled, picture)));
            allUnlevelled = allUnlevelled.plus(scoreUnlevelled);
            Map<String, Object> row = row("ocr-real-" + corpus.relativize(entry.getKey()), score, ms);
            row.put("read", String.join(" ", words(read)));
            row.put("word_recall_unlevelled", round(scoreUnlevelled.wordRecall()));
            auto.add(
                    reader,
                    picture,
                    gate.look(picture, true, score.wordsFound(), row),
                    entry.getValue(),
                    read,
                    ms,
                    row);
            print(row);
        }
        int others = 0;
        int wordsInOthers = 0;
        for (Path photo : photosWithout(truths.keySet())) {
            PixelImage picture;
            try {
                picture = decode(photo);
            } catch (RuntimeException unreadable) {
                continue;
            }
            others++;
            gate.look(picture, false, 0, new LinkedHashMap<>());
            wordsInOthers += readWithinLimit(reader, picture).words().size();
        }
        Map<String, Object> summary = row("ocr-real", all, truths.isEmpty() ? 0 : millis / truths.size());
        summary.put("photos_with_text", truths.size());
        summary.put("cer_unlevelled", round(allUnlevelled.characterErrorRate()));
        summary.put("word_recall_unlevelled", round(allUnlevelled.wordRecall()));
        summary.put("photos_without_text", others);
        summary.put("words_read_in_photos_without_text", wordsInOthers);
        summary.put("readings_over_limit", readingsOverLimit);
        readingsOverLimit = 0;
        auto.summarise(summary);
        gate.summarise(summary);
        print(summary);
    }

    /**
     * What automatic reading finds in pictures of text: none of the words in a picture the gate passes over, and in
     * the others what the reader finds within the detector's {@link TextDetector.Detection#area()} (read whole when
     * it covers most of the picture, as indexing does); against the same gate reading whole pictures.
     */
    private final class AutoScore {
        private TextScore cropped = TextScore.none();
        private TextScore whole = TextScore.none();
        private double millis;
        private double millisWhole;
        private int cropsRead;

        void add(
                TextReader reader,
                PixelImage picture,
                TextDetector.Detection gate,
                List<String> truth,
                RecognisedText readWhole,
                double wholeMillis,
                Map<String, Object> row) {
            RecognisedText readCropped = RecognisedText.NONE;
            RecognisedText wholeIfPassed = RecognisedText.NONE;
            if (gate.holdsText()) {
                wholeIfPassed = readWhole;
                long start = System.nanoTime();
                readCropped = readWithinLimit(reader, picture, gate.area());
                millis += (System.nanoTime() - start) / 1e6;
                millisWhole += wholeMillis;
                cropsRead++;
                row.put("text_area_fraction", round(gate.area().fraction()));
            }
            TextScore score = TextScore.of(truth, words(readCropped));
            cropped = cropped.plus(score);
            whole = whole.plus(TextScore.of(truth, words(wholeIfPassed)));
            row.put("word_recall_auto", round(score.wordRecall()));
            row.put("read_auto", String.join(" ", words(readCropped)));
        }

        void summarise(Map<String, Object> summary) {
            summary.put("cer_auto", round(cropped.characterErrorRate()));
            summary.put("word_recall_auto", round(cropped.wordRecall()));
            summary.put("word_recall_auto_accents_folded", round(cropped.wordRecallFolded()));
            summary.put("cer_auto_whole_pictures", round(whole.characterErrorRate()));
            summary.put("word_recall_auto_whole_pictures", round(whole.wordRecall()));
            summary.put("word_recall_auto_whole_pictures_accents_folded", round(whole.wordRecallFolded()));
            // The same pictures, the gate's passes, read within their areas and whole.
            summary.put("ms_per_photo_auto", cropsRead == 0 ? 0 : Math.round(millis / cropsRead));
            summary.put("ms_per_photo_auto_whole_pictures", cropsRead == 0 ? 0 : Math.round(millisWhole / cropsRead));
        }
    }

    /** A reading over the limit counts as no words, as indexing records it, and the bench goes on. */
    private RecognisedText readWithinLimit(TextReader reader, PixelImage picture) {
        return readWithinLimit(reader, picture, null);
    }

    private RecognisedText readWithinLimit(TextReader reader, PixelImage picture, TextArea area) {
        try {
            return reader.read(picture, area, LIMIT);
        } catch (TextReadingTimeout overLimit) {
            readingsOverLimit++;
            return RecognisedText.NONE;
        }
    }

    /**
     * Indexes the same generated library with text off, auto, auto with an exact gate, and all. The exact gate
     * knows which photos hold text (the generated ones): it measures what the target speaks of, a library where
     * one photo in five holds text and only those are read, whatever the model's gate would have passed.
     *
     * <p>The cases alternate over {@code --rounds} rounds (off, auto, exact, all, off, auto, ...) and each ratio is
     * taken against the off run of its own round, after an unreported warm-up run: a single baseline measured first
     * varied by a quarter between runs of the bench, and so did every ratio drawn from it. Each case's row gives the
     * median of its rounds; the rounds are printed too.
     */
    private void speed(EmbeddingModel model) throws Exception {
        Path work = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "fovea-bench-ocr");
        Path photos = work.resolve("library-" + library).toAbsolutePath();
        int withText = Math.max(1, library / 5);
        if (!Files.isDirectory(photos)) {
            SyntheticPhotos.generate(photos, library - withText, 1600, 1200);
            List<TextCases.Case> cases = TextCases.all();
            for (int i = 0; i < withText; i++) {
                ImageIO.write(
                        TextPictures.render(cases.get(i % cases.size()).spec()),
                        "jpg",
                        photos.resolve("text-" + i + ".jpg").toFile());
            }
        }
        Set<Path> textPhotos = new HashSet<>();
        for (int i = 0; i < withText; i++) {
            textPhotos.add(photos.resolve("text-" + i + ".jpg"));
        }
        Map<String, TextReading> readings = new LinkedHashMap<>();
        readings.put("off", TextReading.off());
        readings.put("auto", new TextReading(TextMode.AUTO, LIMIT));
        readings.put("auto-exact-gate", TextReading.withExactGate(textPhotos, LIMIT));
        readings.put("all", new TextReading(TextMode.ALL, LIMIT));
        IndexingSeams seams = IndexingSeams.over(model);
        // Unreported: the first runs pay for the JIT, the model's first inferences and the first Tesseract, which
        // would favour the cases measured after them. One run with all text warms every path the cases take.
        index(photos, work, seams, new TextReading(TextMode.AUTO, LIMIT));
        index(photos, work, seams, TextReading.off());
        Map<String, List<IndexingSummary>> byCase = new LinkedHashMap<>();
        readings.keySet().forEach(name -> byCase.put(name, new ArrayList<>()));
        for (int round = 1; round <= rounds; round++) {
            IndexingSummary off = null;
            for (Map.Entry<String, TextReading> reading : readings.entrySet()) {
                IndexingSummary summary = index(photos, work, seams, reading.getValue());
                byCase.get(reading.getKey()).add(summary);
                off = off == null ? summary : off;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("case", "ocr-index-round");
                row.put("round", round);
                row.put("text", reading.getKey());
                row.put("text_read", summary.textRead());
                row.put("seconds", round(summary.seconds()));
                row.put("vs_text_off", round(off.seconds() / summary.seconds()));
                row.put("load_average", loadAverage());
                print(row);
            }
        }
        List<IndexingSummary> offRuns = byCase.get("off");
        for (Map.Entry<String, List<IndexingSummary>> runs : byCase.entrySet()) {
            List<IndexingSummary> each = runs.getValue();
            List<Double> ratios = new ArrayList<>();
            List<Double> added = new ArrayList<>();
            for (int i = 0; i < each.size(); i++) {
                ratios.add(offRuns.get(i).seconds() / each.get(i).seconds());
                added.add(each.get(i).seconds() - offRuns.get(i).seconds());
            }
            double seconds = median(each.stream().map(IndexingSummary::seconds).toList());
            IndexingSummary first = each.getFirst();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case", "ocr-index-" + runs.getKey());
            row.put("photos", first.filesSeen());
            row.put("photos_with_text", withText);
            row.put("text_read", first.textRead());
            row.put("rounds", each.size());
            row.put("seconds", round(seconds));
            row.put("photos_per_s", round(first.filesSeen() / seconds));
            row.put("vs_text_off", round(median(ratios)));
            row.put(
                    "vs_text_off_by_round",
                    ratios.stream().map(BenchOcrCommand::round).toList());
            row.put(
                    "vs_text_off_worst",
                    round(ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0)));
            if (readings.get(runs.getKey()).mode() != TextMode.OFF) {
                // What the text stage added to the run, spread over every photo (the detector looks at all of them).
                row.put("added_ms_per_photo", Math.round(median(added) * 1000 / first.filesSeen()));
            }
            if (first.textRead() > 0) {
                // The same, per photo read.
                row.put("added_ms_per_photo_read", Math.round(median(added) * 1000 / first.textRead()));
            }
            row.put("load_average", loadAverage());
            print(row);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double loadAverage() {
        return round(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }

    private static IndexingSummary index(Path photos, Path work, IndexingSeams seams, TextReading reading)
            throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(work, "home-");
        try (Library lib = Library.open(home)) {
            lib.addRoot(photos);
            lib.readTextWith(reading);
            return lib.startIndexing(seams.encoder(), seams.decoder(), IndexingOptions.defaults(), null)
                    .await();
        } finally {
            // A run of the bench indexes the library a dozen times; their homes would pile up in the work dir.
            deleteRecursively(home);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private Map<Path, List<String>> readTruth() throws IOException {
        Map<Path, List<String>> truths = new LinkedHashMap<>();
        for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            Path photo = corpus.resolve(parts[0]);
            if (!Files.isRegularFile(photo)) {
                throw new dev.fovea.search.FoveaException(
                        "The truth file names " + parts[0] + ", which is not in " + corpus);
            }
            truths.put(
                    photo,
                    parts.length < 2 ? List.of() : List.of(parts[1].strip().split("\\s+")));
        }
        return truths;
    }

    private List<Path> photosWithout(Set<Path> excluded) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !excluded.contains(file))
                    .filter(file -> file.getFileName()
                            .toString()
                            .toLowerCase(Locale.ROOT)
                            .matches(".*\\.(jpe?g|png|heic|heif|avif|webp)$"))
                    .sorted()
                    .toList();
        }
    }

    private PixelImage decode(Path photo) {
        return decoder.decode(photo, TextReading.DECODE_SHORT_SIDE).image();
    }

    private static List<String> words(RecognisedText text) {
        return text.words().stream().map(RecognisedWord::text).toList();
    }

    private static Map<String, Object> row(String name, TextScore score, double ms) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("case", name);
        row.put("cer", round(score.characterErrorRate()));
        row.put("word_recall", round(score.wordRecall()));
        row.put("word_recall_accents_folded", round(score.wordRecallFolded()));
        row.put("truth_words", score.truthWords());
        row.put("words_read", score.wordsRead());
        row.put("ms_per_photo", Math.round(ms));
        return row;
    }

    private void print(Map<String, Object> row) {
        if (json) {
            out().println(Json.line(row));
        } else {
            StringBuilder text = new StringBuilder();
            row.forEach((key, value) -> text.append(text.isEmpty() ? "" : ", ")
                    .append(key)
                    .append('=')
                    .append(value));
            out().println(text);
        }
        out().flush();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
