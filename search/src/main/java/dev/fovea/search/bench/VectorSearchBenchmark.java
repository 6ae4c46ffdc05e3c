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
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.search.Query;

/**
 * Recall@10 and latency of the HNSW search against exact search, unfiltered and with filters keeping 10%
 * and 1% of the library, on text-like queries (the hard case: they lie outside the photos' cone).
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
            int queries,
            long seed,
            Consumer<String> progress) {
        BenchLibrary.Built library = BenchLibrary.build(workDir, photos, dimensions, settings, seed, progress);
        SyntheticEmbeddings embeddings = SyntheticEmbeddings.forLibrary(photos, dimensions, seed);
        List<VectorCaseResult> results = new ArrayList<>();
        try (VectorIndex index = VectorIndex.openReadOnly(library.directory(), dimensions, settings);
                IndexView view = index.view()) {
            long bytes = index.diskBytes();
            results.add(measure(
                    "vector-unfiltered", null, view, embeddings, queries, seed, library, bytes, settings, progress));
            results.add(measure(
                    "vector-filter-10pct",
                    BenchLibrary.TEN_PERCENT,
                    view,
                    embeddings,
                    queries,
                    seed,
                    library,
                    bytes,
                    settings,
                    progress));
            results.add(measure(
                    "vector-filter-1pct",
                    BenchLibrary.ONE_PERCENT,
                    view,
                    embeddings,
                    queries,
                    seed,
                    library,
                    bytes,
                    settings,
                    progress));
        }
        return results;
    }

    private static VectorCaseResult measure(
            String name,
            SearchFilters filters,
            IndexView view,
            SyntheticEmbeddings embeddings,
            int queries,
            long seed,
            BenchLibrary.Built library,
            long bytes,
            IndexSettings settings,
            Consumer<String> progress) {
        progress.accept("Measuring " + name);
        Query filter = filters == null ? null : FilterQueries.toQuery(filters);
        Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
        for (int i = 0; i < WARMUP; i++) {
            float[] query = embeddings.textQuery(random);
            view.nearest(query, K, filter);
            view.exactNearest(query, K, filter);
        }
        Latencies hnsw = new Latencies(queries);
        Latencies exact = new Latencies(queries);
        double recall = 0;
        for (int i = 0; i < queries; i++) {
            float[] query = embeddings.textQuery(random);
            long start = System.nanoTime();
            List<VectorHit> truth = view.exactNearest(query, K, filter);
            exact.add(System.nanoTime() - start);
            start = System.nanoTime();
            List<VectorHit> found = view.nearest(query, K, filter);
            hnsw.add(System.nanoTime() - start);
            recall += overlap(truth, found) / (double) Math.max(1, truth.size());
        }
        double fraction = filter == null ? 1.0 : count(view, filter) / (double) view.size();
        return new VectorCaseResult(
                name,
                view.size(),
                view.dimensions(),
                Math.round(fraction * 10_000) / 10_000.0,
                view.searchesExactly(filter) ? "exact" : "graph",
                queries,
                Math.round(recall / queries * 10_000) / 10_000.0,
                hnsw.p50(),
                hnsw.p99(),
                exact.p50(),
                exact.p99(),
                Math.round(library.buildSeconds() * 10) / 10.0,
                library.reused(),
                bytes,
                settings.format().label(),
                settings.maxConn(),
                settings.beamWidth(),
                view.fanOut(),
                settings.oversample());
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
