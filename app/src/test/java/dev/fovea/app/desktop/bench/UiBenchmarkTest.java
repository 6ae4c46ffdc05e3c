package dev.fovea.app.desktop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fovea.app.desktop.ui.DisplayCondition;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.FoveaHome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desktop app's speed on a 100,000-photo library, each figure from a fresh JVM: window visible after launch
 * (against a bare JavaFX window in the same run), first results, keystroke-to-grid latency (against the search
 * call alone), and frame times scrolling through the whole library (against a plain ListView of as many rows).
 * Each launch runs the built app as {@code ./fovea} does ({@link UserLaunch}: build it first with
 * {@code ./mvnw -pl app -am package -DskipTests}), with and without an AOT cache trained by a first session, in
 * alternating order; {@code -Dfovea.bench.appImage=DIR} runs a packaged Linux app image instead, as its launcher
 * does, with and without the AOT cache it ships; each runs cold (the home, the jars and the cache evicted from the page cache first, as after a
 * boot; skipped, and said, where that is not possible) and then warm.
 * The app runs on the real backends over a home built by {@link BenchHome} (cached in the work folder,
 * {@code -Dfovea.bench.work}, default target/bench); {@code -Dfovea.bench.fake=true} adds a run over the
 * in-memory fake backend, which tells the UI's own share; {@code -Dfovea.bench.startupOnly=true} ends each launch
 * once the library is listed (the start-up figures alone). Run with
 * {@code ./mvnw -pl app -am test -Dtest=UiBenchmarkTest -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * prints JSON lines and writes them to target/bench/ui.json.
 */
@Tag("benchmark")
@ExtendWith(DisplayCondition.class)
class UiBenchmarkTest {
    private static final int PHOTOS = Integer.getInteger("fovea.bench.photos", 100_000);
    private static final int RUNS = Integer.getInteger("fovea.bench.runs", 3);
    private static final Path WORK = Path.of(System.getProperty("fovea.bench.work", "target/bench"));
    /** Each launch ends once the library is listed: the start-up figures alone, in a fraction of the time. */
    private static final boolean STARTUP_ONLY = Boolean.getBoolean("fovea.bench.startupOnly");

    /** A packaged app image to launch as its launcher does, measured with the AOT cache it ships. */
    private static final String APP_IMAGE = System.getProperty("fovea.bench.appImage", "");

    private static final String REAL_BACKEND = "real (Library, serving Lucene index, fixture model)";

    @Test
    void launchTypeAndScroll() throws Exception {
        Path work = Files.createDirectories(WORK.toAbsolutePath());
        FoveaHome home = BenchHome.prepare(work, PHOTOS, System.out::println);
        UserLaunch launch = APP_IMAGE.isEmpty()
                ? UserLaunch.prepare(work.resolve("launch"))
                : UserLaunch.prepareAppImage(
                        work.resolve("launch"), Path.of(APP_IMAGE).toAbsolutePath());
        Optional<Path> shipped = launch.shippedCache();
        Path cache = shipped.isPresent()
                ? shipped.get()
                : trainAotCache(launch, home, work.resolve("launch").resolve("fovea.aot"));
        List<String> lines = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            ObjectNode bare = probe(launch, Optional.empty(), List.of("bare", Integer.toString(PHOTOS)));
            ObjectNode[] withoutCache = new ObjectNode[2];
            ObjectNode[] withCache = new ObjectNode[2];
            // Alternating which goes first, so that neither always follows the other's leftovers.
            for (boolean cached : run % 2 == 1 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                Optional<String> aot = cached ? Optional.of("-XX:AOTCache=" + cache) : Optional.empty();
                ObjectNode[] launches = cached ? withCache : withoutCache;
                // As on the first launch after a boot: nothing of the home, the app's jars or its cache in memory.
                List<Path> evicted = new ArrayList<>(launch.files());
                evicted.add(home.root());
                evicted.add(cache);
                launches[0] = PageCache.evict(evicted) ? probe(launch, aot, foveaArguments(home)) : null;
                launches[1] = probe(launch, aot, foveaArguments(home));
            }
            for (int start = 0; start < 2; start++) {
                if (withoutCache[start] == null) {
                    continue;
                }
                String startName = start == 0 ? "cold" : "warm";
                lines.add(line(run, startName, REAL_BACKEND, false, bare, withoutCache[start], withoutCache[start]));
                lines.add(line(run, startName, REAL_BACKEND, true, bare, withCache[start], withoutCache[start]));
            }
            if (Boolean.getBoolean("fovea.bench.fake")) {
                Path fakeWork = Files.createDirectories(work.resolve("ui-library"));
                ObjectNode fake = probe(
                        launch,
                        Optional.empty(),
                        List.of("fake", Integer.toString(PHOTOS), fakeWork.toString(), Boolean.toString(STARTUP_ONLY)));
                lines.add(line(run, "warm", "in-memory fake (colour vectors)", false, bare, fake, fake));
            }
        }
        Files.createDirectories(Path.of("target", "bench"));
        Files.write(Path.of("target", "bench", "ui.json"), lines);
    }

    private static List<String> foveaArguments(FoveaHome home) {
        return List.of("fovea", home.root().toString(), Boolean.toString(STARTUP_ONLY));
    }

    /**
     * Trains the AOT cache as the launcher does on a first launch: a whole session (start, typing, scrolling) of a
     * JVM started with {@code -XX:AOTCacheOutput}, which writes the cache when it exits.
     */
    private static Path trainAotCache(UserLaunch launch, FoveaHome home, Path cache) throws Exception {
        Files.deleteIfExists(cache);
        probe(
                launch,
                Optional.of("-XX:AOTCacheOutput=" + cache),
                List.of("fovea", home.root().toString(), "false"));
        assertThat(cache).as("the training run wrote no AOT cache").isRegularFile();
        return cache;
    }

    private static String line(
            int run,
            String start,
            String backend,
            boolean aotCache,
            ObjectNode bare,
            ObjectNode fovea,
            ObjectNode withoutCache) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("case", "ui-launch-type-scroll");
        line.put("run", run);
        line.put("start", start);
        line.put("backend", backend);
        line.put("aot_cache", aotCache);
        line.put(
                "baseline_bare_window_visible_ms",
                bare.path("window_visible_ms").asLong());
        line.put(
                "baseline_listview_scroll_frame_p50_ms",
                bare.path("scroll_frame_p50_ms").asDouble());
        line.put(
                "baseline_listview_scroll_frame_p99_ms",
                bare.path("scroll_frame_p99_ms").asDouble());
        line.setAll(fovea);
        long firstResultsAfterWindow = fovea.path("first_results_ms").asLong()
                - fovea.path("window_visible_ms").asLong();
        line.put("first_results_after_window_ms", firstResultsAfterWindow);
        line.put(
                "first_results_vs_without_aot_cache",
                ratio(
                        fovea.path("first_results_ms").asDouble(),
                        withoutCache.path("first_results_ms").asDouble()));
        line.put(
                "first_results_after_window_vs_without_aot_cache",
                ratio(
                        firstResultsAfterWindow,
                        withoutCache.path("first_results_ms").asDouble()
                                - withoutCache.path("window_visible_ms").asDouble()));
        line.put(
                "window_visible_vs_without_aot_cache",
                ratio(
                        fovea.path("window_visible_ms").asDouble(),
                        withoutCache.path("window_visible_ms").asDouble()));
        line.put(
                "scroll_frame_p50_vs_listview",
                ratio(
                        fovea.path("scroll_frame_p50_ms").asDouble(),
                        bare.path("scroll_frame_p50_ms").asDouble()));
        line.put(
                "window_visible_vs_bare",
                ratio(
                        fovea.path("window_visible_ms").asDouble(),
                        bare.path("window_visible_ms").asDouble()));
        for (String percentile : List.of("p50", "p95", "p99")) {
            line.put(
                    "keystroke_" + percentile + "_vs_search_" + percentile,
                    ratio(
                            fovea.path("keystroke_" + percentile + "_ms").asDouble(),
                            fovea.path("search_" + percentile + "_ms").asDouble()));
        }
        line.put(
                "first_results_vs_bare_window",
                ratio(
                        fovea.path("first_results_ms").asDouble(),
                        bare.path("window_visible_ms").asDouble()));
        String json = Json.line(line);
        System.out.println(json);
        assertThat(fovea.path("photos").asInt()).isEqualTo(PHOTOS);
        return json;
    }

    private static double ratio(double value, double baseline) {
        return Math.round(value / baseline * 100) / 100.0;
    }

    private static ObjectNode probe(UserLaunch launch, Optional<String> aotOption, List<String> arguments)
            throws Exception {
        List<String> command = launch.command(LaunchProbe.Main.class.getName(), aotOption);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String found = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(LaunchProbe.RESULT_PREFIX)) {
                    found = line.substring(LaunchProbe.RESULT_PREFIX.length());
                } else if (output.size() < 40) {
                    output.add(line);
                }
            }
        }
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(found)
                .as("probe " + arguments.getFirst() + " printed no result:\n" + String.join("\n", output))
                .isNotNull();
        return (ObjectNode) Json.mapper().readTree(found);
    }
}
