package dev.fovea.search.bench;

import dev.fovea.search.index.IndexSettings;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.query.PhotoSearch;
import dev.fovea.search.query.QueryEncoder;
import dev.fovea.search.query.SearchHit;
import dev.fovea.search.query.SearchRequest;
import dev.fovea.search.query.SearchResults;
import dev.fovea.search.query.parse.QueryParser;
import dev.fovea.search.query.place.KnownPlaces;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A text query end to end, as {@code fovea search} and the app run it: parse, embed, filtered HNSW search,
 * relevance cut, lexical matching and fusion, duplicate collapsing, and loading the results' paths. Each
 * query text is new (nothing cached); the encoder alone is timed on the same texts.
 */
public final class EndToEndBenchmark {
    private static final int WARMUP = 10;
    private static final List<String> WORDS = List.of(
            "dog",
            "cat",
            "beach",
            "sunset",
            "mountain",
            "birthday",
            "cake",
            "snow",
            "city",
            "night",
            "street",
            "child",
            "tree",
            "flower",
            "car",
            "bicycle",
            "river",
            "boat",
            "lake",
            "forest",
            "kitchen",
            "dinner",
            "friends",
            "wedding",
            "concert",
            "red",
            "blue",
            "green",
            "old",
            "happy",
            "garden",
            "bridge",
            "train",
            "plane",
            "market",
            "coffee",
            "book",
            "window",
            "rain",
            "sky");

    private EndToEndBenchmark() {}

    public static EndToEndResult run(
            Path workDir,
            int photos,
            QueryEncoder encoder,
            int dimensions,
            String model,
            int queries,
            long seed,
            Consumer<String> progress) {
        BenchLibrary.Built library =
                BenchLibrary.build(workDir, photos, dimensions, IndexSettings.DEFAULT, seed, progress);
        List<String> texts = distinctTexts(WARMUP + queries, seed);
        int limit = SearchRequest.DEFAULT_LIMIT;
        try (VectorIndex index = VectorIndex.openReadOnly(library.directory(), dimensions)) {
            PhotoSearch search = new PhotoSearch(
                    index,
                    encoder,
                    new QueryParser(KnownPlaces.NONE, Clock.system(ZoneId.systemDefault()), ZoneId.systemDefault()));
            progress.accept("Measuring e2e-text over " + queries + " queries");
            Latencies e2e = new Latencies(queries);
            Latencies alone = new Latencies(queries);
            Latencies overhead = new Latencies(queries);
            long paths = 0;
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                long start = System.nanoTime();
                SearchResults results = search.search(SearchRequest.of(text).withBelowCut(true));
                paths += results.hits().stream()
                        .map(SearchHit::photo)
                        .filter(photo -> photo.path() != null)
                        .count();
                long searched = System.nanoTime() - start;
                start = System.nanoTime();
                encoder.embedText(text);
                long encoded = System.nanoTime() - start;
                if (i >= WARMUP) {
                    e2e.add(searched);
                    alone.add(encoded);
                    overhead.add(Math.max(0, searched - encoded));
                }
            }
            if (paths == 0) {
                throw new IllegalStateException("The end-to-end searches returned no photos");
            }
            return new EndToEndResult(
                    "e2e-text",
                    index.size(),
                    dimensions,
                    model,
                    queries,
                    limit,
                    alone.p50(),
                    alone.p99(),
                    e2e.p50(),
                    e2e.p99(),
                    overhead.p50(),
                    Math.round(e2e.p50() / alone.p50() * 100) / 100.0);
        }
    }

    /** Three-word texts such as "cake river old", all different so that no embedding is reused. */
    private static List<String> distinctTexts(int count, long seed) {
        Random random = new Random(seed);
        Set<String> texts = new LinkedHashSet<>();
        while (texts.size() < count) {
            texts.add(WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size())) + " "
                    + WORDS.get(random.nextInt(WORDS.size())));
        }
        return List.copyOf(texts);
    }
}
