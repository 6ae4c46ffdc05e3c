package dev.fovea.search.bench;

import dev.fovea.search.index.IndexSettings;
import dev.fovea.search.index.IndexView;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A text query end to end, as {@code fovea search} and the app run it: parse, embed, filtered HNSW search,
 * relevance cut, lexical matching and fusion, duplicate collapsing, and loading the results' paths; the
 * encoder alone is timed on the same texts. Once with new texts only (nothing cached), once with the texts of
 * search-as-you-type sessions, which repeat.
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

    /** Both end-to-end cases on the library of this size and layout. */
    public static List<EndToEndResult> run(
            Path workDir,
            int photos,
            BenchLibrary.Layout layout,
            IndexSettings settings,
            QueryEncoder encoder,
            int dimensions,
            String model,
            int queries,
            long seed,
            Consumer<String> progress) {
        BenchLibrary.Built library = BenchLibrary.build(workDir, photos, dimensions, settings, layout, seed, progress);
        try (VectorIndex index = VectorIndex.openReadOnly(library.directory(), dimensions, settings)) {
            PhotoSearch search = new PhotoSearch(
                    index,
                    encoder,
                    new QueryParser(KnownPlaces.NONE, Clock.system(ZoneId.systemDefault()), ZoneId.systemDefault()));
            progress.accept("Measuring e2e-text over " + queries + " queries (" + layout.label() + ", "
                    + settings.format().label() + " x" + settings.oversample() + ")");
            EndToEndResult text = measure(
                    "e2e-text", distinctTexts(WARMUP + queries, seed), search, encoder, index, layout, settings, model);
            progress.accept("Measuring e2e-typing over " + queries + " typed searches (" + layout.label() + ")");
            EndToEndResult typing =
                    measure("e2e-typing", typedTexts(queries, seed), search, encoder, index, layout, settings, model);
            return List.of(text, typing);
        }
    }

    private static EndToEndResult measure(
            String name,
            List<String> texts,
            PhotoSearch search,
            QueryEncoder encoder,
            VectorIndex index,
            BenchLibrary.Layout layout,
            IndexSettings settings,
            String model) {
        int measured = texts.size() - WARMUP;
        Latencies e2e = new Latencies(measured);
        Latencies alone = new Latencies(measured);
        Latencies overhead = new Latencies(measured);
        Set<String> seen = new HashSet<>();
        int repeated = 0;
        long encoderNanos = 0;
        long savedNanos = 0;
        long paths = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            boolean again = !seen.add(text);
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
                encoderNanos += encoded;
                if (again) {
                    repeated++;
                    savedNanos += encoded;
                }
            }
        }
        if (paths == 0) {
            throw new IllegalStateException("The end-to-end searches returned no photos");
        }
        int segments;
        try (IndexView view = index.view()) {
            segments = view.segments();
        }
        return new EndToEndResult(
                name,
                layout.label(),
                index.size(),
                segments,
                index.dimensions(),
                model,
                measured,
                repeated,
                SearchRequest.DEFAULT_LIMIT,
                alone.p50(),
                alone.p99(),
                e2e.p50(),
                e2e.p99(),
                overhead.p50(),
                Math.round(e2e.p50() / alone.p50() * 100) / 100.0,
                Math.round(savedNanos / (double) Math.max(1, encoderNanos) * 1000) / 1000.0,
                settings.format().label(),
                settings.oversample());
    }

    /**
     * What a search box sends while people type, one typing session after another: the box searches when typing
     * pauses, so after each word ("beach", "beach dog", "beach dog sunset"); half the time the last word is
     * taken back (its text is searched again) and another typed. First words are skewed, as people search some
     * things far more often than others.
     */
    private static List<String> typedTexts(int sessions, long seed) {
        Random random = new Random(seed + 1);
        List<String> texts = new ArrayList<>();
        while (texts.size() < WARMUP + sessions) {
            String first = WORDS.get(random.nextInt(1 + random.nextInt(WORDS.size())));
            String second = first + " " + WORDS.get(random.nextInt(WORDS.size()));
            texts.add(first);
            texts.add(second);
            texts.add(second + " " + WORDS.get(random.nextInt(WORDS.size())));
            if (random.nextBoolean()) {
                texts.add(second);
                texts.add(second + " " + WORDS.get(random.nextInt(WORDS.size())));
            }
        }
        return texts;
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
