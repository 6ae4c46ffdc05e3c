package dev.fovea.app.desktop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fovea.app.desktop.ui.DisplayCondition;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.FoveaHome;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The desktop app's speed on a 100,000-photo library, each figure from a fresh JVM: window visible after launch
 * (against a bare JavaFX window in the same run), first results, keystroke-to-grid latency (against the search
 * call alone), and frame times scrolling through the whole library (against a plain ListView of as many rows).
 * Each run launches the app twice: cold (the home and the class path evicted from the page cache first, as after
 * a boot; skipped, and said, where that is not possible) and then warm.
 * The app runs on the real backends over a home built by {@link BenchHome} (cached in the work folder,
 * {@code -Dfovea.bench.work}, default target/bench); {@code -Dfovea.bench.fake=true} adds a run over the
 * in-memory fake backend, which tells the UI's own share. Run with
 * {@code ./mvnw -pl app -am test -Dtest=UiBenchmarkTest -DexcludedGroups= -Dgroups=benchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * prints JSON lines and writes them to target/bench/ui.json.
 */
@Tag("benchmark")
@ExtendWith(DisplayCondition.class)
class UiBenchmarkTest {
    private static final int PHOTOS = Integer.getInteger("fovea.bench.photos", 100_000);
    private static final int RUNS = Integer.getInteger("fovea.bench.runs", 3);
    private static final Path WORK = Path.of(System.getProperty("fovea.bench.work", "target/bench"));

    @Test
    void launchTypeAndScroll() throws Exception {
        Path work = Files.createDirectories(WORK.toAbsolutePath());
        FoveaHome home = BenchHome.prepare(work, PHOTOS, System.out::println);
        List<String> lines = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            ObjectNode bare = probe(List.of("bare", Integer.toString(PHOTOS)));
            // As on the first launch after a boot: nothing of the home or the app's jars in the page cache.
            boolean evicted = PageCache.evict(evictedOnColdStart(home));
            ObjectNode cold = probe(List.of("fovea", home.root().toString()));
            ObjectNode warm = probe(List.of("fovea", home.root().toString()));
            if (evicted) {
                lines.add(line(run, "cold", "real (Library, serving Lucene index, fixture model)", bare, cold));
            }
            lines.add(line(run, "warm", "real (Library, serving Lucene index, fixture model)", bare, warm));
            if (Boolean.getBoolean("fovea.bench.fake")) {
                Path fakeWork = Files.createDirectories(work.resolve("ui-library"));
                lines.add(line(
                        run,
                        "warm",
                        "in-memory fake (colour vectors)",
                        bare,
                        probe(List.of("fake", Integer.toString(PHOTOS), fakeWork.toString()))));
            }
        }
        Files.createDirectories(Path.of("target", "bench"));
        Files.write(Path.of("target", "bench", "ui.json"), lines);
    }

    /** The home and the class path: what a launch reads that no other process of the machine keeps mapped. */
    private static List<Path> evictedOnColdStart(FoveaHome home) {
        List<Path> paths = new ArrayList<>(List.of(home.root()));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            paths.add(Path.of(entry));
        }
        return paths;
    }

    private static String line(int run, String start, String backend, ObjectNode bare, ObjectNode fovea) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("case", "ui-launch-type-scroll");
        line.put("run", run);
        line.put("start", start);
        line.put("backend", backend);
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

    private static ObjectNode probe(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!argument.startsWith("-javaagent") && !argument.startsWith("-Xmx")) {
                command.add(argument);
            }
        }
        command.addAll(
                List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), LaunchProbe.Main.class.getName()));
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
