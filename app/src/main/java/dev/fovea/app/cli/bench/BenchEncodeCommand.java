package dev.fovea.app.cli.bench;

import dev.fovea.app.cli.FoveaCli;
import dev.fovea.app.cli.FoveaSubcommand;
import dev.fovea.app.cli.UsageException;
import dev.fovea.app.json.Json;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.search.FoveaException;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.encoder.EncoderOptions;
import dev.fovea.search.model.ManifestFile;
import dev.fovea.search.model.ModelDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Encoder speed per model: latency of one image and one text (median), and throughput at the best of several
 * batch sizes. Inputs are synthetic (random pixels already preprocessed; varied sentences), so this measures
 * the towers alone. All models are loaded together and measured in interleaved rounds, so a machine whose
 * load drifts slows every model alike; ratios are against a baseline model measured in the same run. Besides
 * wall time each case reports the process CPU time per item, the steadier measure on a busy machine.
 */
@Command(
        name = "encode",
        mixinStandardHelpOptions = true,
        description = {
            "Image and text encoder latency and throughput per model variant.",
            "Models: --models DIR... (model directories, or folders of them), else --model-dir, else the active model."
        })
final class BenchEncodeCommand extends FoveaSubcommand {
    private static final List<String> SENTENCES = List.of(
            "kids on a beach at sunset",
            "a red car parked in front of a brick house",
            "my dog asleep on the sofa",
            "snow on the mountains",
            "birthday cake with candles",
            "a plate of pasta",
            "the eiffel tower at night",
            "two people hiking through a forest in autumn with a river in the background");

    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Option(
            names = "--models",
            arity = "1..*",
            paramLabel = "DIR",
            description = "Model directories, or folders holding model directories.")
    List<Path> models = new ArrayList<>();

    @Option(
            names = "--batches",
            split = ",",
            paramLabel = "N",
            defaultValue = "1,2,4,8,16",
            description = "Batch sizes to try (default: ${DEFAULT-VALUE}).")
    List<Integer> batches;

    @Option(names = "--threads", paramLabel = "N", description = "Intra-op threads (default: one per core).")
    Integer threads;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            defaultValue = "2",
            description = "Time per case and model, over all rounds (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            defaultValue = "3",
            description = "Interleaved rounds per case (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--baseline",
            paramLabel = "ID",
            defaultValue = "openai-vit-b16",
            description = "Model id the ratios compare with, or ID@FOLDER when two folders hold the same variant "
                    + "(default: ${DEFAULT-VALUE}).")
    String baseline;

    /** One measured case: a latency (batch 1, median of runs) or a throughput (median of rounds) per batch size. */
    record Case(
            String bench,
            String model,
            String tower,
            String measure,
            int batch,
            int threads,
            int runs,
            double msPerItem,
            double itemsPerSecond,
            double cpuMsPerItem) {}

    /** Per model: the headline numbers and their ratio to the baseline of the same run. */
    record Summary(
            String bench,
            String model,
            String measure,
            int threads,
            double msPerImage,
            double msPerText,
            double imagesPerSecond,
            int bestImageBatch,
            double textsPerSecond,
            int bestTextBatch,
            double cpuMsPerImage,
            double cpuMsPerText,
            Double imageSpeedupVsBaseline,
            Double textSpeedupVsBaseline,
            Double throughputVsBaseline,
            Double imageCpuVsBaseline,
            Double textCpuVsBaseline,
            String baseline,
            double loadSeconds) {}

    /** Process CPU time: on a machine shared with other work it varies far less than wall time does. */
    private static final com.sun.management.OperatingSystemMXBean CPU = (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /** A loaded model and its inputs. */
    private record Subject(
            String label, EmbeddingModel model, double loadSeconds, IntConsumer image, IntConsumer text) {}

    @Override
    public Integer call() {
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<Subject> subjects = new ArrayList<>();
        try {
            List<ModelDirectory> directories = directories();
            for (ModelDirectory directory : directories) {
                // Two directories of one variant (an assembled model and an export of it) are told apart by folder.
                boolean shared = directories.stream()
                                .filter(other -> other.id().equals(directory.id()))
                                .count()
                        > 1;
                String label = shared ? directory.id() + "@" + directory.path().getFileName() : directory.id();
                subjects.add(load(label, directory, threadCount));
            }
            List<Summary> summaries = measure(subjects, threadCount);
            Optional<Summary> base = summaries.stream()
                    .filter(summary -> summary.model().equals(baseline))
                    .findFirst();
            for (Summary summary : summaries) {
                print(base.map(b -> withRatios(summary, b)).orElse(summary));
            }
        } finally {
            subjects.forEach(subject -> subject.model().close());
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
                children.filter(child -> Files.isRegularFile(child.resolve(ManifestFile.NAME)))
                        .sorted()
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

    private Subject load(String label, ModelDirectory directory, int threadCount) {
        long start = System.nanoTime();
        EmbeddingModel model = EmbeddingModel.open(directory, EncoderOptions.threads(threadCount));
        double loadSeconds = (System.nanoTime() - start) / 1e9;
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
        return new Subject(
                label,
                model,
                loadSeconds,
                batch -> model.embedPreprocessed(pixels, batch),
                batch -> model.embedTokenIds(tokens.subList(0, batch)));
    }

    private List<Summary> measure(List<Subject> subjects, int threadCount) {
        Map<Subject, Case> imageLatency = latency(subjects, "image", threadCount);
        Map<Subject, Case> textLatency = latency(subjects, "text", threadCount);
        Map<Subject, Case> bestImage = new LinkedHashMap<>(imageLatency);
        Map<Subject, Case> bestText = new LinkedHashMap<>(textLatency);
        for (int batch : batches) {
            throughput(subjects, "image", batch, threadCount)
                    .forEach((subject, measured) -> bestImage.merge(subject, measured, BenchEncodeCommand::faster));
            throughput(subjects, "text", batch, threadCount)
                    .forEach((subject, measured) -> bestText.merge(subject, measured, BenchEncodeCommand::faster));
        }
        return subjects.stream()
                .map(subject -> new Summary(
                        "encode",
                        subject.label(),
                        "summary",
                        threadCount,
                        imageLatency.get(subject).msPerItem(),
                        textLatency.get(subject).msPerItem(),
                        bestImage.get(subject).itemsPerSecond(),
                        bestImage.get(subject).batch(),
                        bestText.get(subject).itemsPerSecond(),
                        bestText.get(subject).batch(),
                        imageLatency.get(subject).cpuMsPerItem(),
                        textLatency.get(subject).cpuMsPerItem(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        subject.loadSeconds()))
                .toList();
    }

    private static Case faster(Case a, Case b) {
        return b.itemsPerSecond() > a.itemsPerSecond() ? b : a;
    }

    /** Median of single-item runs, collected over interleaved rounds after two warm-up runs. */
    private Map<Subject, Case> latency(List<Subject> subjects, String tower, int threadCount) {
        Map<Subject, List<Double>> millis = new LinkedHashMap<>();
        Map<Subject, Long> cpuNanos = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            warmUp(subject, tower, 1);
            millis.put(subject, new ArrayList<>());
            cpuNanos.put(subject, 0L);
        }
        for (int round = 0; round < rounds; round++) {
            for (Subject subject : subjects) {
                IntConsumer run = runner(subject, tower);
                long cpuStart = CPU.getProcessCpuTime();
                long end = System.nanoTime() + slice();
                do {
                    long start = System.nanoTime();
                    run.accept(1);
                    millis.get(subject).add((System.nanoTime() - start) / 1e6);
                } while (System.nanoTime() < end);
                cpuNanos.merge(subject, CPU.getProcessCpuTime() - cpuStart, Long::sum);
            }
        }
        Map<Subject, Case> cases = new LinkedHashMap<>();
        millis.forEach((subject, values) -> {
            double median = median(values);
            cases.put(
                    subject,
                    report(new Case(
                            "encode",
                            subject.label(),
                            tower,
                            "latency_p50",
                            1,
                            threadCount,
                            values.size(),
                            median,
                            1000 / median,
                            cpuNanos.get(subject) / 1e6 / values.size())));
        });
        return cases;
    }

    /** Items per second, the median over interleaved rounds. */
    private Map<Subject, Case> throughput(List<Subject> subjects, String tower, int batch, int threadCount) {
        Map<Subject, List<Double>> rates = new LinkedHashMap<>();
        Map<Subject, Integer> runs = new LinkedHashMap<>();
        Map<Subject, Long> cpuNanos = new LinkedHashMap<>();
        for (Subject subject : subjects) {
            warmUp(subject, tower, batch);
            rates.put(subject, new ArrayList<>());
            runs.put(subject, 0);
            cpuNanos.put(subject, 0L);
        }
        for (int round = 0; round < rounds; round++) {
            for (Subject subject : subjects) {
                IntConsumer run = runner(subject, tower);
                int count = 0;
                long cpuStart = CPU.getProcessCpuTime();
                long start = System.nanoTime();
                long end = start + slice();
                do {
                    run.accept(batch);
                    count++;
                } while (System.nanoTime() < end);
                rates.get(subject).add(count * batch / ((System.nanoTime() - start) / 1e9));
                runs.merge(subject, count, Integer::sum);
                cpuNanos.merge(subject, CPU.getProcessCpuTime() - cpuStart, Long::sum);
            }
        }
        Map<Subject, Case> cases = new LinkedHashMap<>();
        rates.forEach((subject, values) -> {
            double perSecond = median(values);
            cases.put(
                    subject,
                    report(new Case(
                            "encode",
                            subject.label(),
                            tower,
                            "throughput",
                            batch,
                            threadCount,
                            runs.get(subject),
                            1000 / perSecond,
                            perSecond,
                            cpuNanos.get(subject) / 1e6 / (runs.get(subject) * batch))));
        });
        return cases;
    }

    private static IntConsumer runner(Subject subject, String tower) {
        return tower.equals("image") ? subject.image() : subject.text();
    }

    private static void warmUp(Subject subject, String tower, int batch) {
        runner(subject, tower).accept(batch);
        runner(subject, tower).accept(batch);
    }

    private long slice() {
        return (long) (seconds / rounds * 1e9);
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private Case report(Case measured) {
        if (json) {
            out().println(Json.line(measured));
            out().flush();
        }
        return measured;
    }

    private static Summary withRatios(Summary s, Summary base) {
        return new Summary(
                s.bench(),
                s.model(),
                s.measure(),
                s.threads(),
                s.msPerImage(),
                s.msPerText(),
                s.imagesPerSecond(),
                s.bestImageBatch(),
                s.textsPerSecond(),
                s.bestTextBatch(),
                s.cpuMsPerImage(),
                s.cpuMsPerText(),
                base.msPerImage() / s.msPerImage(),
                base.msPerText() / s.msPerText(),
                s.imagesPerSecond() / base.imagesPerSecond(),
                base.cpuMsPerImage() / s.cpuMsPerImage(),
                base.cpuMsPerText() / s.cpuMsPerText(),
                base.model(),
                s.loadSeconds());
    }

    private void print(Summary s) {
        if (json) {
            out().println(Json.line(s));
            return;
        }
        out().printf(
                        Locale.ROOT,
                        "%-26s %8.1f ms/image %7.1f ms/text %7.2f images/s (batch %d)%s%n",
                        s.model(),
                        s.msPerImage(),
                        s.msPerText(),
                        s.imagesPerSecond(),
                        s.bestImageBatch(),
                        s.imageSpeedupVsBaseline() == null
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        "  vs %s: image %.2fx, text %.2fx, throughput %.2fx; CPU time image %.2fx, text %.2fx",
                                        s.baseline(),
                                        s.imageSpeedupVsBaseline(),
                                        s.textSpeedupVsBaseline(),
                                        s.throughputVsBaseline(),
                                        s.imageCpuVsBaseline(),
                                        s.textCpuVsBaseline()));
    }
}
