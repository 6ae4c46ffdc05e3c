package dev.fovea.app.desktop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fovea.app.cli.Json;
import dev.fovea.app.desktop.ui.DisplayCondition;
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
 * The desktop app's speed, each figure from a fresh JVM: window visible after launch (against a bare
 * JavaFX window in the same run), first results, keystroke-to-grid latency on a 100,000-photo library
 * (against the search call alone), and frame times scrolling through it. Run with
 * {@code ./mvnw -pl app test -Dtest=UiBenchmarkTest -DexcludedGroups= -Dgroups=benchmark}; prints JSON lines
 * and writes them to target/bench/ui.json.
 */
@Tag("benchmark")
@ExtendWith(DisplayCondition.class)
class UiBenchmarkTest {
    private static final int PHOTOS = Integer.getInteger("fovea.bench.photos", 100_000);
    private static final int RUNS = Integer.getInteger("fovea.bench.runs", 3);

    @Test
    void launchTypeAndScroll() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "bench", "ui-library"));
        List<String> lines = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            ObjectNode bare = probe("bare", work);
            ObjectNode fovea = probe("fovea", work);
            ObjectNode line = Json.mapper().createObjectNode();
            line.put("case", "ui-launch-type-scroll");
            line.put("run", run);
            line.put("backend", "in-memory fake (colour vectors)");
            line.put("baseline_bare_window_visible_ms", bare.path("window_visible_ms").asLong());
            line.put("baseline_listview_scroll_frame_p50_ms", bare.path("scroll_frame_p50_ms").asDouble());
            line.put("baseline_listview_scroll_frame_p99_ms", bare.path("scroll_frame_p99_ms").asDouble());
            line.setAll(fovea);
            line.put("scroll_frame_p50_vs_listview", ratio(fovea.path("scroll_frame_p50_ms").asDouble(),
                    bare.path("scroll_frame_p50_ms").asDouble()));
            line.put("window_visible_vs_bare", ratio(fovea.path("window_visible_ms").asDouble(), bare.path("window_visible_ms").asDouble()));
            line.put("keystroke_p50_vs_search_p50", ratio(fovea.path("keystroke_p50_ms").asDouble(), fovea.path("search_p50_ms").asDouble()));
            lines.add(Json.line(line));
            System.out.println(Json.line(line));
            assertThat(fovea.path("photos").asInt()).isEqualTo(PHOTOS);
        }
        Files.write(Path.of("target", "bench", "ui.json"), lines);
    }

    private static double ratio(double value, double baseline) {
        return Math.round(value / baseline * 100) / 100.0;
    }

    private static ObjectNode probe(String mode, Path work) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!argument.startsWith("-javaagent") && !argument.startsWith("-Xmx")) {
                command.add(argument);
            }
        }
        command.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), LaunchProbe.Main.class.getName(),
                mode, Integer.toString(PHOTOS), work.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String found = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(LaunchProbe.RESULT_PREFIX)) {
                    found = line.substring(LaunchProbe.RESULT_PREFIX.length());
                } else if (output.size() < 40) {
                    output.add(line);
                }
            }
        }
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(found).as("probe " + mode + " printed no result:\n" + String.join("\n", output)).isNotNull();
        return (ObjectNode) Json.mapper().readTree(found);
    }
}
