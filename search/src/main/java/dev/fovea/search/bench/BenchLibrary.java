package dev.fovea.search.bench;

import dev.fovea.search.index.IndexSettings;
import dev.fovea.search.index.PhotoDocument;
import dev.fovea.search.index.StoredPhoto;
import dev.fovea.search.index.VectorIndex;
import dev.fovea.search.query.filter.SearchFilters;
import dev.fovea.search.thread.SearchThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A generated library for benchmarks: synthetic embeddings with realistic metadata, built once into a
 * work directory and reused by later runs with the same parameters (building a million takes long).
 * Photos are placed at random in folders so that two filters keep known fractions of the library.
 */
public final class BenchLibrary {
    /** Keeps 20% of the library: one camera of five. */
    public static final SearchFilters TWENTY_PERCENT = SearchFilters.NONE.withCameras(List.of("pixel"));
    /** Keeps 10% of the library: its folder (with the 1% subfolder inside it). */
    public static final SearchFilters TEN_PERCENT = SearchFilters.NONE.withFolders(List.of("/bench/ten"));
    /** Keeps 1% of the library. */
    public static final SearchFilters ONE_PERCENT = SearchFilters.NONE.withFolders(List.of("/bench/ten/one"));

    private static final String[][] CAMERAS = {
        {"Apple", "iPhone 13"},
        {"Google", "Pixel 7"},
        {"Canon", "EOS R6"},
        {"Sony", "ILCE-7M3"},
        {"Samsung", "SM-S911B"}
    };
    private static final long FIRST_DAY = 1_262_304_000_000L;
    private static final long SPAN = 16L * 365 * 24 * 3600 * 1000;
    private static final String COMPLETE = "bench-complete.properties";
    /** The app commits every ten seconds while indexing, a few hundred photos each time. */
    private static final int APP_COMMIT_EVERY = 500;

    private BenchLibrary() {}

    /** How the library's segments are made. */
    public enum Layout {
        /** Loaded in bulk, then merged into one segment: the fastest to search. */
        ONE_SEGMENT,
        /** Added one photo after another with a commit every few hundred, merged as the app merges. */
        APP;

        public String label() {
            return this == ONE_SEGMENT ? "one-segment" : "app";
        }
    }

    /** The directory of the library with these parameters, built when absent; its build time in seconds. */
    public static Built build(
            Path workDir,
            int photos,
            int dimensions,
            IndexSettings settings,
            Layout layout,
            long seed,
            Consumer<String> progress) {
        // The app layout's segments depend on Merging's policy: v3 is the policy of issue 19's fifth session.
        String name = (layout == Layout.APP ? "library-v3-app-" : "library-v2-") + photos + "x" + dimensions + "-"
                + settings.format().label() + "-m" + settings.maxConn() + "-b" + settings.beamWidth() + "-s" + seed;
        Path dir = workDir.resolve(name);
        Path marker = dir.resolve(COMPLETE);
        try {
            if (Files.exists(marker)) {
                Properties properties = new Properties();
                try (var in = Files.newInputStream(marker)) {
                    properties.load(in);
                }
                progress.accept("Reusing " + dir);
                return new Built(dir, Double.parseDouble(properties.getProperty("build_seconds")), true);
            }
            if (Files.exists(dir)) {
                try (var old = Files.walk(dir)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            long start = System.nanoTime();
            SyntheticEmbeddings embeddings = SyntheticEmbeddings.forLibrary(photos, dimensions, seed);
            if (layout == Layout.APP) {
                try (VectorIndex index = VectorIndex.open(dir, dimensions, settings)) {
                    addAsTheAppDoes(index, photos, embeddings, seed, progress);
                }
            } else {
                int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
                try (VectorIndex index = VectorIndex.open(dir, dimensions, settings.forBulkLoad(threads, 512))) {
                    addInParallel(index, photos, threads, embeddings, seed, progress);
                    progress.accept("Merging " + dir.getFileName() + " into one segment");
                    index.forceMerge();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Properties properties = new Properties();
            properties.setProperty("build_seconds", Double.toString(seconds));
            try (var out = Files.newOutputStream(marker)) {
                properties.store(out, "Built by fovea bench search");
            }
            return new Built(dir, seconds, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One writer thread, committing as the indexer does; merges run in the background meanwhile. */
    private static void addAsTheAppDoes(
            VectorIndex index, int photos, SyntheticEmbeddings embeddings, long seed, Consumer<String> progress) {
        for (int i = 0; i < photos; i++) {
            Random random = new Random(seed * 1_000_003L + i);
            index.upsert(photo(i, embeddings.photo(random), random));
            if ((i + 1) % APP_COMMIT_EVERY == 0 || i + 1 == photos) {
                index.commit();
            }
            if ((i + 1) % 50_000 == 0) {
                progress.accept("Added " + (i + 1) + " of " + photos + " photos");
            }
        }
    }

    /** Photo i comes from its own seed, so the library is the same however many threads build it. */
    private static void addInParallel(
            VectorIndex index,
            int photos,
            int threads,
            SyntheticEmbeddings embeddings,
            long seed,
            Consumer<String> progress) {
        AtomicInteger added = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers.add(SearchThreads.start("fovea-bench-build-" + t, Thread.NORM_PRIORITY, () -> {
                try {
                    for (int i = first; i < photos && failure.get() == null; i += threads) {
                        Random random = new Random(seed * 1_000_003L + i);
                        index.upsert(photo(i, embeddings.photo(random), random));
                        if (added.incrementAndGet() % 50_000 == 0) {
                            progress.accept("Added " + added.get() + " of " + photos + " photos");
                        }
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while building the benchmark library", e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static PhotoDocument photo(int i, float[] embedding, Random random) {
        double u = random.nextDouble();
        String folder = u < 0.01 ? "/bench/ten/one" : u < 0.10 ? "/bench/ten" : "/bench/rest/" + (i % 200);
        String[] camera = CAMERAS[random.nextInt(CAMERAS.length)];
        boolean portrait = random.nextInt(3) == 0;
        return new PhotoDocument(
                new StoredPhoto(
                        i,
                        folder + "/IMG_" + i + ".jpg",
                        folder,
                        "IMG_" + i + ".jpg",
                        "jpg",
                        FIRST_DAY + (long) (random.nextDouble() * SPAN),
                        camera[0],
                        camera[1],
                        null,
                        null,
                        null,
                        portrait ? 3000 : 4000,
                        portrait ? 4000 : 3000,
                        Long.toHexString(random.nextLong())),
                embedding);
    }

    /** A built library: where it is, how long it took, whether this run reused it. */
    public record Built(Path directory, double buildSeconds, boolean reused) {}
}
