package dev.fovea.app.cli;

import dev.fovea.search.FoveaException;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.encoder.EncoderOptions;
import dev.fovea.search.model.ManifestFile;
import dev.fovea.search.model.ModelDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Encoder speed per model: latency of one image and one text (median of the runs), and throughput at the best
 * of several batch sizes. Inputs are synthetic (random pixels already preprocessed; varied sentences), so this
 * measures the towers alone. Ratios are against a baseline model measured in the same run.
 */
@Command(name = "encode", mixinStandardHelpOptions = true, description = {
    "Image and text encoder latency and throughput per model variant.",
    "Models: --models DIR... (model directories, or folders of them), else --model-dir, else the active model."})
final class BenchEncodeCommand extends FoveaSubcommand {
    private static final List<String> SENTENCES = List.of(
            "kids on a beach at sunset", "a red car parked in front of a brick house", "my dog asleep on the sofa",
            "snow on the mountains", "birthday cake with candles", "a plate of pasta", "the eiffel tower at night",
            "two people hiking through a forest in autumn with a river in the background");

    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Option(names = "--models", arity = "1..*", paramLabel = "DIR", description = "Model directories, or folders holding model directories.")
    List<Path> models = new ArrayList<>();

    @Option(names = "--batches", split = ",", paramLabel = "N", defaultValue = "1,2,4,8,16", description = "Batch sizes to try (default: ${DEFAULT-VALUE}).")
    List<Integer> batches;

    @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads (default: one per core).")
    Integer threads;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "2", description = "Minimum time per case (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--baseline", paramLabel = "ID", defaultValue = "openai-vit-b16", description = "Model id the ratios compare with (default: ${DEFAULT-VALUE}).")
    String baseline;

    /** One measured case: a latency (batch 1, median) or a throughput (per batch size). */
    record Case(String bench, String model, String tower, String measure, int batch, int threads, int runs,
            double msPerItem, double itemsPerSecond) {}

    /** Per model: the headline numbers and their ratio to the baseline of the same run. */
    record Summary(String bench, String model, String measure, int threads, double msPerImage, double msPerText,
            double imagesPerSecond, int bestImageBatch, double textsPerSecond, int bestTextBatch, Double imageSpeedupVsBaseline,
            Double textSpeedupVsBaseline, Double throughputVsBaseline, String baseline, double loadSeconds) {}

    @Override
    public Integer call() {
        List<ModelDirectory> directories = directories();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<Summary> summaries = new ArrayList<>();
        for (ModelDirectory directory : directories) {
            summaries.add(measure(directory, threadCount));
        }
        Optional<Summary> base = summaries.stream().filter(summary -> summary.model().equals(baseline)).findFirst();
        for (Summary summary : summaries) {
            Summary withRatios = base.map(b -> new Summary(summary.bench(), summary.model(), summary.measure(), summary.threads(),
                    summary.msPerImage(), summary.msPerText(), summary.imagesPerSecond(), summary.bestImageBatch(), summary.textsPerSecond(),
                    summary.bestTextBatch(), b.msPerImage() / summary.msPerImage(), b.msPerText() / summary.msPerText(),
                    summary.imagesPerSecond() / b.imagesPerSecond(), baseline, summary.loadSeconds())).orElse(summary);
            if (json) {
                out().println(Json.line(withRatios));
            } else {
                out().printf(Locale.ROOT, "%-18s %8.1f ms/image %8.1f ms/text %7.1f images/s (batch %d)%s%n", withRatios.model(),
                        withRatios.msPerImage(), withRatios.msPerText(), withRatios.imagesPerSecond(), withRatios.bestImageBatch(),
                        withRatios.imageSpeedupVsBaseline() == null ? ""
                                : String.format(Locale.ROOT, "  image %.2fx, text %.2fx, throughput %.2fx vs %s",
                                        withRatios.imageSpeedupVsBaseline(), withRatios.textSpeedupVsBaseline(),
                                        withRatios.throughputVsBaseline(), baseline));
            }
        }
        out().flush();
        return FoveaCli.OK;
    }

    private List<ModelDirectory> directories() {
        if (models.isEmpty()) {
            return List.of(ModelResolver.resolve(modelDir(), home()));
        }
        List<ModelDirectory> found = new ArrayList<>();
        for (Path path : models) {
            if (Files.isRegularFile(path.resolve(ManifestFile.NAME))) {
                found.add(ModelDirectory.open(path));
                continue;
            }
            try (Stream<Path> children = Files.list(path)) {
                children.filter(child -> Files.isRegularFile(child.resolve(ManifestFile.NAME))).sorted()
                        .forEach(child -> found.add(ModelDirectory.open(child)));
            } catch (IOException e) {
                throw new FoveaException("Cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        if (found.isEmpty()) {
            throw new UsageException("No model directories in " + models + ".");
        }
        return found;
    }

    private Summary measure(ModelDirectory directory, int threadCount) {
        long loadStart = System.nanoTime();
        try (EmbeddingModel model = EmbeddingModel.open(directory, EncoderOptions.threads(threadCount))) {
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            int maxBatch = batches.stream().mapToInt(Integer::intValue).max().orElse(1);
            float[] pixels = new float[maxBatch * model.imageTensorLength()];
            SplittableRandom random = new SplittableRandom(42);
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (float) random.nextDouble();
            }
            List<int[]> tokens = new ArrayList<>();
            for (int i = 0; i < maxBatch; i++) {
                tokens.add(model.tokenizer().encode(SENTENCES.get(i % SENTENCES.size())));
            }
            IntConsumer image = batch -> model.embedPreprocessed(pixels, batch);
            IntConsumer text = batch -> model.embedTokenIds(tokens.subList(0, batch));
            Case imageLatency = report(latency(model.id(), "image", image, threadCount));
            Case textLatency = report(latency(model.id(), "text", text, threadCount));
            Case bestImage = imageLatency;
            Case bestText = textLatency;
            for (int batch : batches) {
                Case images = report(throughput(model.id(), "image", image, batch, threadCount));
                Case texts = report(throughput(model.id(), "text", text, batch, threadCount));
                bestImage = images.itemsPerSecond() > bestImage.itemsPerSecond() ? images : bestImage;
                bestText = texts.itemsPerSecond() > bestText.itemsPerSecond() ? texts : bestText;
            }
            return new Summary("encode", model.id(), "summary", threadCount, imageLatency.msPerItem(), textLatency.msPerItem(),
                    bestImage.itemsPerSecond(), bestImage.batch(), bestText.itemsPerSecond(), bestText.batch(), null, null, null, null,
                    loadSeconds);
        }
    }

    private Case report(Case measured) {
        if (json) {
            out().println(Json.line(measured));
            out().flush();
        }
        return measured;
    }

    /** Median of single-item runs after two warm-up runs. */
    private Case latency(String model, String tower, IntConsumer run, int threadCount) {
        run.accept(1);
        run.accept(1);
        List<Double> millis = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (millis.size() < 5 || (System.nanoTime() < end && millis.size() < 200)) {
            long start = System.nanoTime();
            run.accept(1);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        return new Case("encode", model, tower, "latency_p50", 1, threadCount, sorted.length, median, 1000 / median);
    }

    private Case throughput(String model, String tower, IntConsumer run, int batch, int threadCount) {
        run.accept(batch);
        int runs = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (runs < 3 || System.nanoTime() < end) {
            run.accept(batch);
            runs++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double perSecond = runs * batch / elapsed;
        return new Case("encode", model, tower, "throughput", batch, threadCount, runs, 1000 / perSecond, perSecond);
    }
}
