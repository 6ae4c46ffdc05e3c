package dev.fovea.app.cli.bench;

import dev.fovea.app.cli.FoveaCli;
import dev.fovea.app.cli.FoveaSubcommand;
import dev.fovea.app.cli.UsageException;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.embed.QueryModel;
import dev.fovea.search.bench.BenchLibrary;
import dev.fovea.search.bench.EndToEndBenchmark;
import dev.fovea.search.bench.EndToEndResult;
import dev.fovea.search.bench.SearchCostFit;
import dev.fovea.search.bench.VectorCaseResult;
import dev.fovea.search.bench.VectorSearchBenchmark;
import dev.fovea.search.encoder.EmbeddingModel;
import dev.fovea.search.index.IndexSettings;
import dev.fovea.search.index.VectorFormat;
import dev.fovea.search.index.Vectorization;
import dev.fovea.search.model.ModelDirectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Vector search recall and latency, and end-to-end text query latency.",
            "HNSW against exact search, unfiltered and filtered; text queries need a model (--model-dir).",
            "Generated libraries are kept in the work folder and reused by later runs with the same parameters."
        })
final class BenchSearchCommand extends FoveaSubcommand {
    @Option(names = "--json", description = "One JSON object per measured case, one per line.")
    boolean json;

    @Option(
            names = "--sizes",
            split = ",",
            paramLabel = "N",
            defaultValue = "100000",
            description =
                    "Library sizes to measure (default: ${DEFAULT-VALUE}); 1000000 takes long to build the first time.")
    List<Integer> sizes;

    @Option(
            names = "--dimensions",
            paramLabel = "D",
            defaultValue = "512",
            description = "Embedding dimensions (default: ${DEFAULT-VALUE}).")
    int dimensions;

    @Option(
            names = "--queries",
            paramLabel = "Q",
            defaultValue = "200",
            description = "Queries per case (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(
            names = "--format",
            split = ",",
            paramLabel = "F",
            description = "Vector formats to compare: float32, int7, int4, bbq (default: the index's own).")
    List<String> formats;

    @Option(
            names = "--max-conn",
            paramLabel = "M",
            description = "HNSW neighbours per node (default: the index's own).")
    Integer maxConn;

    @Option(
            names = "--beam-width",
            paramLabel = "B",
            description = "HNSW beam width while building (default: the index's own).")
    Integer beamWidth;

    @Option(
            names = "--fan-out",
            split = ",",
            paramLabel = "EF",
            description = "Candidates gathered per search, e.g. 100,200,400 (default: the index's own).")
    List<Integer> fanOuts;

    @Option(
            names = "--oversample",
            split = ",",
            paramLabel = "X",
            description =
                    "Quantized formats: rescore X times k candidates with full precision, e.g. 1,3 (default: the index's own).")
    List<Integer> oversamples;

    @Option(
            names = "--layout",
            split = ",",
            paramLabel = "L",
            defaultValue = "one-segment,app",
            description = "Segment layouts: one-segment (bulk load merged into one), app (committed every few "
                    + "hundred photos, merged as the app merges) (default: ${DEFAULT-VALUE}).")
    List<String> layouts;

    @Option(
            names = "--search-threads",
            split = ",",
            paramLabel = "T",
            description = "Threads searching one query's segments at once, e.g. 1,2 (default: the index's own).")
    List<Integer> searchThreads;

    @Option(
            names = "--work-dir",
            paramLabel = "DIR",
            description = "Where generated libraries are kept (default: <tmp>/fovea-bench-search).")
    Path workDir;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of the generated library and queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--cases",
            split = ",",
            defaultValue = "vector,e2e",
            description = "Which cases: vector, e2e (default: ${DEFAULT-VALUE}); e2e needs --model-dir.")
    List<String> cases;

    @Override
    public Integer call() {
        if (queries < 1 || dimensions < 2 || sizes.stream().anyMatch(size -> size < 100)) {
            throw new UsageException(
                    "--queries must be positive, --dimensions at least 2 and every size at least 100.");
        }
        Path work = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"), "fovea-bench-search");
        progress("Lucene vectorization: " + Vectorization.provider() + "; work folder " + work);
        List<BenchLibrary.Layout> chosenLayouts =
                layouts.stream().map(BenchSearchCommand::layout).toList();
        if (cases.contains("vector")) {
            for (int size : sizes) {
                for (BenchLibrary.Layout layout : chosenLayouts) {
                    for (IndexSettings settings : settings()) {
                        List<VectorCaseResult> results = VectorSearchBenchmark.run(
                                work, size, dimensions, settings, layout, queries, seed, this::progress);
                        results.forEach(this::print);
                        SearchCostFit.of(results, settings)
                                .ifPresentOrElse(
                                        this::print,
                                        () -> progress("No search costs fitted at " + size
                                                + " photos: every filter keeps too few photos a segment for the"
                                                + " graph walk to stay a walk (Lucene compares them instead)."
                                                + " Fit from a larger library or a smaller --fan-out."));
                    }
                }
            }
        }
        if (cases.contains("e2e")) {
            endToEnd(work, chosenLayouts);
        }
        return FoveaCli.OK;
    }

    private void endToEnd(Path work, List<BenchLibrary.Layout> chosenLayouts) {
        if (modelDir().isEmpty()) {
            progress("Skipping e2e-text: it needs a model, e.g. --model-dir DIR made by "
                    + "'tools/.venv/bin/python -m fovea_tools.export mobileclip-s2 --random-init --out DIR'.");
            return;
        }
        try (EmbeddingModel embedding =
                EmbeddingModel.open(ModelDirectory.open(modelDir().get()))) {
            QueryModel model = new QueryModel(embedding);
            if (model.dimensions() != dimensions) {
                throw new UsageException("The model makes " + model.dimensions()
                        + "-dimensional embeddings; run with --dimensions " + model.dimensions() + ".");
            }
            for (int size : sizes) {
                for (BenchLibrary.Layout layout : chosenLayouts) {
                    for (IndexSettings settings : settings()) {
                        EndToEndBenchmark.run(
                                        work,
                                        size,
                                        layout,
                                        settings,
                                        model,
                                        dimensions,
                                        model.id(),
                                        queries,
                                        seed,
                                        this::progress)
                                .forEach(this::print);
                    }
                }
            }
        }
    }

    /** Every combination of the given formats, fan-outs and oversampling; built libraries are shared between them. */
    private List<IndexSettings> settings() {
        IndexSettings base = IndexSettings.DEFAULT;
        if (maxConn != null || beamWidth != null) {
            base = base.withGraph(
                    maxConn != null ? maxConn : base.maxConn(), beamWidth != null ? beamWidth : base.beamWidth());
        }
        List<VectorFormat> chosen = formats == null || formats.isEmpty()
                ? List.of(base.format())
                : formats.stream().map(BenchSearchCommand::format).toList();
        List<Integer> fans = fanOuts == null || fanOuts.isEmpty() ? List.of(base.fanOut()) : fanOuts;
        List<Integer> overs = oversamples == null || oversamples.isEmpty() ? List.of(base.oversample()) : oversamples;
        List<Integer> threads =
                searchThreads == null || searchThreads.isEmpty() ? List.of(base.searchThreads()) : searchThreads;
        List<IndexSettings> all = new ArrayList<>();
        for (VectorFormat format : chosen) {
            for (int fan : fans) {
                for (int over : overs) {
                    for (int thread : threads) {
                        if (fan < 1 || over < 1 || thread < 1) {
                            throw new UsageException("--fan-out, --oversample and --search-threads must be positive.");
                        }
                        all.add(base.withFormat(format).withSearch(fan, over).withSearchThreads(thread));
                    }
                }
            }
        }
        return all;
    }

    private static BenchLibrary.Layout layout(String name) {
        return switch (name.strip()) {
            case "one-segment" -> BenchLibrary.Layout.ONE_SEGMENT;
            case "app" -> BenchLibrary.Layout.APP;
            default -> throw new UsageException("Unknown layout '" + name + "': use one-segment or app.");
        };
    }

    private static VectorFormat format(String name) {
        try {
            return VectorFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("Unknown vector format '" + name + "': use float32, int7, int4 or bbq.");
        }
    }

    private void print(VectorCaseResult result) {
        if (json) {
            out().println(Json.line(result));
        } else {
            out().printf(
                            Locale.ROOT,
                            "%-20s %-11s %8d vectors %3d segments  filter %6.2f%% %-5s %8d scored  recall@10 %.4f  p50 %7.2f ms p99 %7.2f ms  graph %.4f %7.2f / %7.2f ms  exact p50 %8.2f ms p99 %8.2f ms  %s M%d B%d ef%d x%d t%d  %d B/photo searched%n",
                            result.caseName(),
                            result.layout(),
                            result.vectors(),
                            result.segments(),
                            100 * result.filterFraction(),
                            result.searchPath(),
                            result.vectorsScoredP50(),
                            result.recallAt10(),
                            result.p50Ms(),
                            result.p99Ms(),
                            result.graphRecallAt10(),
                            result.graphP50Ms(),
                            result.graphP99Ms(),
                            result.exactP50Ms(),
                            result.exactP99Ms(),
                            result.format(),
                            result.maxConn(),
                            result.beamWidth(),
                            result.fanOut(),
                            result.oversample(),
                            result.searchThreads(),
                            result.searchedBytesPerPhoto());
        }
        out().flush();
    }

    private void print(SearchCostFit fit) {
        if (json) {
            out().println(Json.line(fit));
        } else {
            out().printf(
                            Locale.ROOT,
                            "%-20s %-11s %8d vectors %3d segments  %s: %.0f ns a compared photo, %.0f ns a gathered candidate, filter exponent %.3f (from %d filters); 10%% of 1,000,000: %s%n",
                            fit.caseName(),
                            fit.layout(),
                            fit.vectors(),
                            fit.segments(),
                            fit.format(),
                            fit.exactNanosPerVector(),
                            fit.graphNanosPerCandidate(),
                            fit.filterExponent(),
                            fit.fittedFrom(),
                            fit.tenthOfAMillionPath());
        }
        out().flush();
    }

    private void print(EndToEndResult result) {
        if (json) {
            out().println(Json.line(result));
        } else {
            out().printf(
                            Locale.ROOT,
                            "%-12s %-11s %8d vectors %-7s x%-2d encoder p50 %7.2f ms  e2e p50 %7.2f ms p99 %7.2f ms  (x%.2f of the encoder; search adds %.2f ms; %d of %d repeated, %.1f%% of encoding saved)%n",
                            result.caseName(),
                            result.layout(),
                            result.vectors(),
                            result.format(),
                            result.oversample(),
                            result.encoderP50Ms(),
                            result.e2eP50Ms(),
                            result.e2eP99Ms(),
                            result.ratioP50(),
                            result.overheadP50Ms(),
                            result.repeated(),
                            result.searches(),
                            100 * result.encoderTimeSaved());
        }
        out().flush();
    }

    private void progress(String message) {
        err().println("fovea bench search: " + message);
        err().flush();
    }
}
