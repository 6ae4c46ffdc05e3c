package dev.fovea.search.bench;

import dev.fovea.search.index.IndexSettings;
import dev.fovea.search.index.IndexView;
import dev.fovea.search.index.VectorHit;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.query.filter.FilterQueries;
import dev.fovea.search.query.filter.SearchFilters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.search.Query;

/**
 * Recall@10 and latency of the search as {@link IndexView#nearest} runs it, unfiltered and with filters keeping
 * 20%, 10% and 1% of the library, on text-like queries (the hard case: they lie outside the photos' cone). In
 * the same run, for each case, exact search (the reference for recall) and the graph walk alone, so that the
 * choice between them is measured against both.
 */
public final class VectorSearchBenchmark {
    private static final int K = 10;
    private static final int WARMUP = 20;

    private VectorSearchBenchmark() {}

    public static List<VectorCaseResult> run(
            Path workDir,
            int photos,
            int dimensions,
            IndexSettings settings,
            BenchLibrary.Layout layout,
            int queries,
            long seed,
            Consumer<String> progress) {
        BenchLibrary.Built library = BenchLibrary.build(workDir, photos, dimensions, settings, layout, seed, progress);
        SyntheticEmbeddings embeddings = SyntheticEmbeddings.forLibrary(photos, dimensions, seed);
        List<VectorCaseResult> results = new ArrayList<>();
        try (VectorIndex index = VectorIndex.openReadOnly(library.directory(), dimensions, settings);
                IndexView view = index.view()) {
            IndexFootprint footprint = IndexFootprint.of(library.directory());
            Case run = new Case(view, embeddings, queries, seed, library, layout, footprint, settings, progress);
            results.add(run.measure("vector-unfiltered", null));
            results.add(run.measure("vector-filter-20pct", BenchLibrary.TWENTY_PERCENT));
            results.add(run.measure("vector-filter-10pct", BenchLibrary.TEN_PERCENT));
            results.add(run.measure("vector-filter-1pct", BenchLibrary.ONE_PERCENT));
        }
        return results;
    }

    private record Case(
            IndexView view,
            SyntheticEmbeddings embeddings,
            int queries,
            long seed,
            BenchLibrary.Built library,
            BenchLibrary.Layout layout,
            IndexFootprint footprint,
            IndexSettings settings,
            Consumer<String> progress) {

        VectorCaseResult measure(String name, SearchFilters filters) {
            progress.accept("Measuring " + name + " (" + layout.label() + ", "
                    + settings.format().label() + ")");
            Query filter = filters == null ? null : FilterQueries.toQuery(filters);
            Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
            for (int i = 0; i < WARMUP; i++) {
                float[] query = embeddings.textQuery(random);
                view.nearest(query, K, filter);
                view.graphNearest(query, K, filter);
                view.exactNearest(query, K, filter);
            }
            Latencies chosen = new Latencies(queries);
            Latencies graph = new Latencies(queries);
            Latencies exact = new Latencies(queries);
            long[] scored = new long[queries];
            double recall = 0;
            double graphRecall = 0;
            for (int i = 0; i < queries; i++) {
                float[] query = embeddings.textQuery(random);
                long start = System.nanoTime();
                List<VectorHit> truth = view.exactNearest(query, K, filter);
                exact.add(System.nanoTime() - start);
                start = System.nanoTime();
                List<VectorHit> walked = view.graphNearest(query, K, filter);
                graph.add(System.nanoTime() - start);
                start = System.nanoTime();
                List<VectorHit> found = view.nearest(query, K, filter);
                chosen.add(System.nanoTime() - start);
                scored[i] = view.vectorsScored(query, K, filter);
                recall += overlap(truth, found) / (double) Math.max(1, truth.size());
                graphRecall += overlap(truth, walked) / (double) Math.max(1, truth.size());
            }
            int kept = filter == null ? view.size() : count(view, filter);
            return new VectorCaseResult(
                    name,
                    layout.label(),
                    view.size(),
                    view.dimensions(),
                    view.segments(),
                    settings.searchThreads(),
                    round(kept / (double) view.size()),
                    view.searchesExactly(filter, K) ? "exact" : "graph",
                    kept,
                    median(scored),
                    queries,
                    round(recall / queries),
                    chosen.p50(),
                    chosen.p99(),
                    round(graphRecall / queries),
                    graph.p50(),
                    graph.p99(),
                    exact.p50(),
                    exact.p99(),
                    round(chosen.p50() / exact.p50()),
                    round(chosen.p99() / exact.p99()),
                    Math.round(library.buildSeconds() * 10) / 10.0,
                    library.reused(),
                    footprint.totalBytes(),
                    footprint.totalBytes() / view.size(),
                    footprint.searchedBytes() / view.size(),
                    settings.format().label(),
                    settings.maxConn(),
                    settings.beamWidth(),
                    view.fanOut(filter),
                    settings.oversample());
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static int overlap(List<VectorHit> truth, List<VectorHit> found) {
        Set<Integer> expected = new HashSet<>();
        truth.forEach(hit -> expected.add(hit.doc()));
        return (int) found.stream().filter(hit -> expected.contains(hit.doc())).count();
    }

    private static int count(IndexView view, Query filter) {
        try {
            return view.searcher().count(filter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
