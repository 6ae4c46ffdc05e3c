package dev.fovea.app.cli.bench;

import dev.fovea.app.cli.FoveaCli;
import dev.fovea.app.cli.FoveaSubcommand;
import dev.fovea.app.cli.UsageException;
import dev.fovea.app.json.Json;
import dev.fovea.app.setup.ModelResolver;
import dev.fovea.indexer.bench.IndexBenchmark;
import dev.fovea.indexer.bench.IndexRound;
import dev.fovea.indexer.decode.PhotoDecoder;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.encoder.EncoderOptions;
import dev.fovea.search.model.ModelDirectory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        description = {
            "End-to-end indexing throughput against each stage alone.",
            "Generates photo-sized JPEGs once (kept in the work folder), then per model: naive ImageIO decode + resize,",
            "Fovea's decode, preprocess and encode each alone on all cores, and a full indexing run of the photos."
        })
final class BenchIndexCommand extends FoveaSubcommand {
    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Option(
            names = "--models",
            arity = "1..*",
            paramLabel = "DIR",
            description = "Model directories, one case each (default: --model-dir or the home's active model).")
    List<Path> models = new ArrayList<>();

    @Option(
            names = "--images",
            paramLabel = "N",
            defaultValue = "128",
            description = "Photos to generate and index (default: ${DEFAULT-VALUE}).")
    int images;

    @Option(
            names = "--size",
            paramLabel = "WxH",
            defaultValue = "4000x3000",
            description = "Photo size (default: ${DEFAULT-VALUE}, 12 megapixels).")
    String size;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads per stage and decode workers (default: one per core).")
    Integer threads;

    @Option(
            names = "--batch",
            paramLabel = "N",
            defaultValue = "8",
            description = "Images per encoder call (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(
            names = "--rounds",
            paramLabel = "N",
            defaultValue = "3",
            description = "Rounds of stages alone then end to end that count (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--warmup-rounds",
            paramLabel = "N",
            defaultValue = "3",
            description = {
                "Rounds measured and reported but left out of the medians, after one unmeasured warm-up of each stage"
                        + " and the pipeline (default: ${DEFAULT-VALUE}).",
                "The pipeline's own code (HNSW inserts, the catalog's driver, name analysis) reaches the JIT's"
                        + " thresholds over the first four runs of 128 photos; 0 gives the bench as it was before (one"
                        + " warm-up run)."
            })
    int warmupRounds;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            defaultValue = "4",
            description = "Minimum time per stage alone (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "Where the photos are generated and kept (default: a folder in the temp dir).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
        String[] dimensions = size.toLowerCase(Locale.ROOT).split("x");
        if (dimensions.length != 2 || !dimensions[0].matches("\\d{2,5}") || !dimensions[1].matches("\\d{2,5}")) {
            throw new UsageException("--size takes WIDTHxHEIGHT, e.g. 4000x3000; got " + size);
        }
        if (images < 1 || batch < 1 || rounds < 1) {
            throw new UsageException("--images, --batch and --rounds must be at least 1");
        }
        if (warmupRounds < 0) {
            throw new UsageException("--warmup-rounds cannot be negative");
        }
        int width = Integer.parseInt(dimensions[0]);
        int height = Integer.parseInt(dimensions[1]);
        Path work = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "fovea-bench-index");
        Files.createDirectories(work);
        PrintWriter err = err();
        err.println("fovea: generating " + images + " photos of " + size + " in " + work + " (once; reused later)...");
        err.flush();
        List<Path> photos = IndexBenchmark.photoSet(work, images, width, height);
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        IndexBenchmark benchmark = new IndexBenchmark(photos, cores, seconds);
        List<ModelDirectory> directories = new ArrayList<>();
        if (models.isEmpty()) {
            directories.add(ModelResolver.resolve(modelDir(), home()));
        } else {
            models.forEach(model -> directories.add(ModelDirectory.open(model)));
        }
        PhotoDecoder decoder = new PhotoDecoder();
        for (ModelDirectory directory : directories) {
            err.println("fovea: measuring " + directory.manifest().id() + "...");
            err.flush();
            // As fovea index opens it: the image tower alone.
            try (EmbeddingModel model = EmbeddingModel.openForImages(directory, EncoderOptions.defaults())) {
                IndexBenchmark.Result result = benchmark.run(model, decoder, batch, warmupRounds, rounds, work);
                out().println(json ? Json.line(new Case("index-" + result.modelId(), result)) : text(result));
                out().flush();
            }
        }
        return FoveaCli.OK;
    }

    /** One JSON line: the case name, then the result's fields. */
    record Case(
            String caseName,
            @com.fasterxml.jackson.annotation.JsonUnwrapped IndexBenchmark.Result result) {
        @Override
        @com.fasterxml.jackson.annotation.JsonProperty("case")
        public String caseName() {
            return caseName;
        }
    }

    private static String text(IndexBenchmark.Result r) {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%s: %d photos of %.1f MP, %d threads, median of %d rounds: end to end %.1f images/s (%.0f%% of the"
                        + " %.1f/s the stages allow; by CPU %.0f%%); alone: decode %.1f, preprocess %.1f, encode %.1f;"
                        + " decode to model input %.1f/s = %.1fx naive ImageIO (%.1f/s); peak RSS %.0f MB;"
                        + " after %d warm-up runs (after one: %.0f%%, by CPU %.0f%%)",
                r.modelId(),
                r.images(),
                r.megapixels(),
                r.threads(),
                r.rounds().size(),
                r.imagesPerS(),
                100 * r.endToEndVsBound(),
                r.stageBoundImagesPerS(),
                100 * r.cpuShare(),
                r.decodeImagesPerS(),
                r.preprocessImagesPerS(),
                r.encodeImagesPerS(),
                r.decodeToInputImagesPerS(),
                r.decodeToInputVsNaive(),
                r.naiveDecodeImagesPerS(),
                r.peakRssMb(),
                r.warmupRuns(),
                100 * r.oneWarmupEndToEndVsBound(),
                100 * r.oneWarmupCpuShare()));
        List<IndexRound> all = new ArrayList<>(r.warmupRounds());
        all.addAll(r.rounds());
        for (int i = 0; i < all.size(); i++) {
            IndexRound round = all.get(i);
            text.append(String.format(
                    Locale.ROOT,
                    "%n  %s %d: %.2f / %.2f images/s = %.2f; CPU ms a photo %.1f, stages alone %.1f = %.2f;"
                            + " peak RSS %.0f MB; JIT %.0f ms",
                    i < r.warmupRounds().size() ? "warm-up round" : "round",
                    i < r.warmupRounds().size()
                            ? i + 1
                            : i + 1 - r.warmupRounds().size(),
                    round.imagesPerS(),
                    round.stageBoundImagesPerS(),
                    round.endToEndVsBound(),
                    round.cpuMsPerImage(),
                    round.decodeCpuMsPerImage() + round.preprocessCpuMsPerImage() + round.encodeCpuMsPerImage(),
                    round.cpuShare(),
                    round.peakRssMb(),
                    round.jitCompileMs()));
        }
        return text.toString();
    }
}
