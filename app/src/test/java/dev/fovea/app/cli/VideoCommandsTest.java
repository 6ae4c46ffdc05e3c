package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.testing.TestPhotos;
import dev.fovea.indexer.testing.TestVideos;
import dev.fovea.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Videos on the command line with the fixture model: search finds the moment and filters photos or videos by kind
 * and length, status counts (and says why a video of an unknown codec was skipped), similar from a frame.
 */
class VideoCommandsTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    @BeforeAll
    static void needsFfmpeg() {
        TestVideos.assumeFfmpeg();
    }

    @Test
    void searchFindsTheVideoAtItsBlueMoment() throws Exception {
        Path home = temp.resolve("home");
        Path media = Files.createDirectories(temp.resolve("media"));
        TestPhotos.jpeg(media.resolve("photo.jpg"), 320, 240, 1);
        TestVideos.h264(media.resolve("rgb.mp4"), TestVideos.redGreenBlue());
        TestVideos.make(
                media.resolve("yellow.webm"),
                List.of(new TestVideos.Segment("yellow", 3)),
                320,
                240,
                List.of("-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8"),
                List.of());
        TestVideos.withUnknownCodec(media.resolve("exotic.avi"));
        String model = TestData.fixtureModel().toString();
        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "index", media.toString()))
                .as(cli.err())
                .isZero();

        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "search", "--json", "--all", "blue"))
                .as(cli.err())
                .isZero();
        JsonNode rows = Json.mapper().readTree(cli.out());
        JsonNode first = rows.get(0);
        assertThat(first.get("path").asText())
                .isEqualTo(media.resolve("rgb.mp4").toString());
        assertThat(first.get("kind").asText()).isEqualTo("video");
        assertThat(first.get("time_s").asDouble()).isBetween(8.0, 12.0);
        assertThat(rows.findValuesAsText("path")).doesNotHaveDuplicates().hasSize(3);
        for (JsonNode row : rows) {
            if (row.get("path").asText().endsWith("photo.jpg")) {
                assertThat(row.get("kind").asText()).isEqualTo("photo");
                assertThat(row.has("time_s")).isFalse();
            }
        }

        assertThat(cli.run("--home", home.toString(), "status", "--json")).isZero();
        JsonNode status = Json.mapper().readTree(cli.out());
        assertThat(status.get("skipped").get("unsupported").asLong())
                .as("a codec without decoder is skipped with its reason; the rest is indexed")
                .isEqualTo(1);
        JsonNode videos = status.get("videos");
        assertThat(videos.get("videos").asLong()).isEqualTo(2);
        assertThat(videos.get("frames").asLong()).isEqualTo(4);

        try (var files = Files.walk(home.resolve("thumbnails"))) {
            assertThat(files.filter(file -> file.getFileName().toString().endsWith("ms.jpg")))
                    .as("a thumbnail per sampled frame")
                    .hasSize(4);
        }

        assertThat(searchPaths(home, model, "--kind", "photo")).containsExactly("photo.jpg");
        assertThat(searchPaths(home, model, "--kind", "video")).containsExactlyInAnyOrder("rgb.mp4", "yellow.webm");
        assertThat(searchPaths(home, model, "--max-duration", "5s")).containsExactly("yellow.webm");
        assertThat(searchPaths(home, model, "--min-duration", "0:05", "--kind", "video"))
                .containsExactly("rgb.mp4");
        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "search", "--min-duration", "soon", "x"))
                .isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("'soon' is not a duration");

        assertThat(cli.run(
                        "--home",
                        home.toString(),
                        "--model-dir",
                        model,
                        "similar",
                        "--json",
                        media.resolve("rgb.mp4") + "@5"))
                .as(cli.err())
                .isZero();
        JsonNode similar = Json.mapper().readTree(cli.out()).get(0);
        assertThat(similar.get("path").asText())
                .isEqualTo(media.resolve("rgb.mp4").toString());
        assertThat(similar.get("time_s").asDouble()).isBetween(4.0, 8.0);

        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "search", "blue"))
                .isZero();
        assertThat(cli.out()).contains("rgb.mp4 @ 0:");
    }

    private List<String> searchPaths(Path home, String model, String... filters) throws Exception {
        List<String> args =
                new java.util.ArrayList<>(List.of("--home", home.toString(), "--model-dir", model, "search"));
        args.addAll(List.of(filters));
        args.addAll(List.of("--json", "--all", "blue"));
        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
        return Json.mapper().readTree(cli.out()).findValuesAsText("path").stream()
                .map(path -> Path.of(path).getFileName().toString())
                .toList();
    }
}
