package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.testing.TestData;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `fovea model`, `fovea embed` and `fovea bench encode` as a user runs them, with the encoder tests' toy model. */
class ModelCommandTest {
    private static final Path TOY = TestData.repoRoot().resolve("search/src/test/onnx-cases/toy");

    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    private int run(String... args) {
        return cli.run(args);
    }

    private String home() {
        return temp.resolve("home").toString();
    }

    private static List<JsonNode> jsonLines(String output) {
        return output.lines()
                .map(line -> {
                    try {
                        return Json.mapper().readTree(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    @Test
    void listShowsEveryRegistryVariantOnAnEmptyHome() {
        assertThat(run("--home", home(), "model", "list", "--json")).isZero();

        List<JsonNode> rows = jsonLines(cli.out());
        assertThat(rows).hasSize(13);
        assertThat(rows)
                .allSatisfy(row -> assertThat(row.path("installed").asBoolean()).isFalse());
        JsonNode s2 = rows.stream()
                .filter(row -> row.path("id").asText().equals("mobileclip-s2"))
                .findFirst()
                .orElseThrow();
        assertThat(s2.path("download_bytes").asLong()).isGreaterThan(300_000_000L);
        assertThat(s2.path("how_to_get").asText()).isEqualTo("fovea model download mobileclip-s2");

        assertThat(run("--home", home(), "model", "list")).isZero();
        assertThat(cli.out())
                .containsPattern(
                        "mobileclip2-s0 +MobileCLIP2-S0 +512 +~300 MB +71\\.5% +~19 +not installed: fovea model download mobileclip2-s0")
                .contains("IMAGENET");
        JsonNode s0 = rows.stream()
                .filter(row -> row.path("id").asText().equals("mobileclip2-s0"))
                .findFirst()
                .orElseThrow();
        assertThat(s0.path("source").asText()).isEqualTo("timm/MobileCLIP2-S0-OpenCLIP @095906d (pinned)");
        assertThat(s0.path("imagenet_zero_shot").asDouble()).isEqualTo(71.5);
    }

    @Test
    void importedModelBecomesActiveAndEmbeds() {
        assertThat(run("--home", home(), "model", "import", TOY.toString())).isZero();
        assertThat(cli.out()).contains("Installed toy").contains("it is the active model");

        assertThat(run("--home", home(), "model", "list")).isZero();
        assertThat(cli.out()).containsPattern("\\* toy +Encoder test toy +4 .*installed, in use");

        assertThat(run("--home", home(), "embed", "--json", "--text", "hello", "red"))
                .isZero();
        List<JsonNode> lines = jsonLines(cli.out());
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst().path("input").asText()).isEqualTo("hello");
        assertThat(lines.getFirst().path("model").asText()).isEqualTo("toy");
        assertThat(lines.getFirst().path("dims").asInt()).isEqualTo(4);
        double squares = 0;
        for (JsonNode value : lines.getFirst().path("embedding")) {
            squares += value.asDouble() * value.asDouble();
        }
        assertThat(squares).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-4));
    }

    @Test
    void embedsAnImageFileWithAModelDirectoryUsedAsIs() throws IOException {
        BufferedImage picture = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 3, 0xff0000);
        Path file = temp.resolve("red dot.png");
        ImageIO.write(picture, "png", file.toFile());

        assertThat(run("--home", home(), "--model-dir", TOY.toString(), "embed", "--image", file.toString()))
                .isZero();

        assertThat(cli.out()).startsWith(file + "\t4\t");
        assertThat(run(
                        "--home",
                        home(),
                        "--model-dir",
                        TOY.toString(),
                        "embed",
                        "--image",
                        temp.resolve("missing.jpg").toString()))
                .isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("missing.jpg: there is no such image file");
    }

    @Test
    void withoutAModelEmbeddingSaysHowToGetOne() {
        assertThat(run("--home", home(), "embed", "--text", "hello")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err())
                .contains("No model installed")
                .contains("fovea model download")
                .contains("fovea model import DIR")
                .doesNotContain("Exception");
    }

    @Test
    void usingAModelThatIsNotInstalledFails() {
        assertThat(run("--home", home(), "model", "use", "mobileclip-s0")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("mobileclip-s0 is not installed").contains("fovea model download mobileclip-s0");
    }

    @Test
    void downloadingWithoutANetworkFailsFastAndPointsToImport() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        System.setProperty("fovea.hub", "http://127.0.0.1:" + closedPort + "/");
        try {
            long start = System.nanoTime();
            assertThat(run("--home", home(), "model", "download", "mobileclip-s0"))
                    .isEqualTo(FoveaCli.FAILURE);
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
            assertThat(cli.err())
                    .contains("Cannot reach 127.0.0.1")
                    .contains("fovea model import DIR")
                    .doesNotContain("Exception");
        } finally {
            System.clearProperty("fovea.hub");
        }
    }

    @Test
    void downloadingWithoutAVariantFetchesTheMobileClip2ChoiceOfTheSpeedProbe() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        System.setProperty("fovea.hub", "http://127.0.0.1:" + closedPort + "/");
        try {
            assertThat(run("--home", home(), "model", "download")).isEqualTo(FoveaCli.FAILURE);
            assertThat(cli.err())
                    .containsPattern("Measured this computer: mobileclip2-s[02] embeds a photo in about \\d+ ms here")
                    .contains("Cannot reach 127.0.0.1");
        } finally {
            System.clearProperty("fovea.hub");
        }
    }

    @Test
    void benchEncodePrintsOneJsonObjectPerCase() {
        assertThat(run(
                        "--home",
                        home(),
                        "bench",
                        "encode",
                        "--json",
                        "--models",
                        TOY.toString(),
                        "--batches",
                        "1,2",
                        "--seconds",
                        "0.05",
                        "--threads",
                        "1"))
                .isZero();

        List<JsonNode> lines = jsonLines(cli.out());
        assertThat(lines).hasSize(2 + 2 * 2 + 1);
        assertThat(lines)
                .allSatisfy(line -> assertThat(line.path("model").asText()).isEqualTo("toy"));
        JsonNode summary = lines.getLast();
        assertThat(summary.path("measure").asText()).isEqualTo("summary");
        assertThat(summary.path("ms_per_image").asDouble()).isPositive();
        assertThat(summary.path("images_per_second").asDouble()).isPositive();
        assertThat(summary.has("image_speedup_vs_baseline")).isFalse();

        assertThat(run(
                        "--home",
                        home(),
                        "bench",
                        "encode",
                        "--json",
                        "--models",
                        TOY.toString(),
                        "--batches",
                        "1",
                        "--seconds",
                        "0.05",
                        "--rounds",
                        "1",
                        "--baseline",
                        "toy"))
                .isZero();
        JsonNode againstItself = jsonLines(cli.out()).getLast();
        assertThat(againstItself.path("image_speedup_vs_baseline").asDouble()).isEqualTo(1.0);
        assertThat(againstItself.path("baseline").asText()).isEqualTo("toy");
    }
}
