package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.testing.TestData;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fovea index, status and verify on a generated library with the fixture model. */
class LibraryCommandsTest {
    @TempDir
    Path temp;

    Path home;
    Path photos;
    private final CliConsole cli = new CliConsole();

    @BeforeEach
    void library() throws Exception {
        home = temp.resolve("home");
        photos = temp.resolve("photos");
        SolidPhotos.write(photos.resolve("holiday"), 400, 300, Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW);
        Files.write(photos.resolve("holiday/broken.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1});
        Files.writeString(photos.resolve("notes.txt"), "not a photo");
    }

    private int run(String... args) {
        return cli.run(args);
    }

    private JsonNode json() throws Exception {
        return Json.mapper().readTree(cli.out());
    }

    @Test
    void indexExactEmbedsTheFastEmbeddingsAgainOnceAndStatusCountsThem() throws Exception {
        String model = TestData.fixtureModel().toString();
        assertThat(run("--home", home.toString(), "--model-dir", model, "index", photos.toString()))
                .as(cli.err())
                .isZero();
        assertThat(run("--home", home.toString(), "--model-dir", model, "index", "--exact", photos.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.err()).contains("4 embedded");
        assertThat(run("--home", home.toString(), "status")).isZero();
        assertThat(cli.out()).contains("4 of the indexed from the exact decode (fovea index --exact)");
        assertThat(run("--home", home.toString(), "status", "--json")).isZero();
        assertThat(json().get("indexed_exact").asLong()).isEqualTo(4);

        assertThat(run("--home", home.toString(), "--model-dir", model, "index", photos.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.err()).contains("0 embedded");
        assertThat(run("--home", home.toString(), "status", "--json")).isZero();
        assertThat(json().get("indexed_exact").asLong()).isEqualTo(4);
    }

    @Test
    void indexThenStatusAccountsForEveryFileAndVerifyIsClean() throws Exception {
        String model = TestData.fixtureModel().toString();
        assertThat(run("--home", home.toString(), "--model-dir", model, "index", photos.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.err()).contains("4 embedded").contains("1 skipped");

        assertThat(run("--home", home.toString(), "status", "--json")).isZero();
        JsonNode status = json();
        assertThat(status.get("files_seen").asLong()).isEqualTo(5);
        assertThat(status.get("indexed").asLong()).isEqualTo(4);
        assertThat(status.get("pending").asLong()).isZero();
        long skipped = 0;
        for (JsonNode count : status.get("skipped")) {
            skipped += count.asLong();
        }
        assertThat(skipped).isEqualTo(1);
        assertThat(status.get("model").asText()).isEqualTo("fixture-colour");
        assertThat(status.get("roots").get(0).get("path").asText()).isEqualTo(photos.toString());
        assertThat(status.get("roots").get(0).get("ignored_files").asLong()).isEqualTo(1);
        assertThat(status.get("sizes").get("thumbnail_bytes").asLong()).isPositive();
        assertThat(status.get("vectorization_provider").asText()).isNotBlank();
        assertThat(status.get("skipped_files").get(0).get("path").asText())
                .isEqualTo(photos.resolve("holiday/broken.jpg").toString());

        assertThat(run("--home", home.toString(), "verify", "--json")).isZero();
        assertThat(json().get("consistent").asBoolean()).isTrue();

        assertThat(run("--home", home.toString(), "--model-dir", model, "index", photos.toString()))
                .isZero();
        assertThat(cli.err()).contains("0 embedded");
    }

    /** #15 item 8: a JPEG libjpeg decodes with a warning is indexed, and status counts and lists its warning. */
    @Test
    void statusCountsAndListsPhotosDecodedWithWarnings() throws Exception {
        byte[] jpeg = Files.readAllBytes(photos.resolve("holiday").resolve(firstPhoto()));
        int scan = startOfScan(jpeg);
        byte[] damaged = new byte[jpeg.length + 3];
        System.arraycopy(jpeg, 0, damaged, 0, scan);
        damaged[scan] = 0x11;
        damaged[scan + 1] = 0x22;
        damaged[scan + 2] = 0x33;
        System.arraycopy(jpeg, scan, damaged, scan + 3, jpeg.length - scan);
        Path warned = Files.write(photos.resolve("holiday/stray-bytes.jpg"), damaged);
        String warning = "Corrupt JPEG data: 3 extraneous bytes before marker 0xda";

        assertThat(run(
                        "--home",
                        home.toString(),
                        "--model-dir",
                        TestData.fixtureModel().toString(),
                        "index",
                        photos.toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.err()).contains("5 embedded");

        assertThat(run("--home", home.toString(), "status")).isZero();
        assertThat(cli.out())
                .contains("1 of the indexed decoded with warnings")
                .contains("Decoded with warnings (most recent first):")
                .contains(warned + ": " + warning);
        assertThat(run("--home", home.toString(), "status", "--json")).isZero();
        JsonNode status = json();
        assertThat(status.get("indexed").asLong()).isEqualTo(5);
        assertThat(status.get("decoded_with_warnings").asLong()).isEqualTo(1);
        assertThat(status.get("warned_files").get(0).get("path").asText()).isEqualTo(warned.toString());
        assertThat(status.get("warned_files").get(0).get("warning").asText()).isEqualTo(warning);
    }

    private Path firstPhoto() throws Exception {
        try (Stream<Path> files = Files.list(photos.resolve("holiday"))) {
            return files.filter(file -> !file.getFileName().toString().equals("broken.jpg"))
                    .sorted()
                    .findFirst()
                    .orElseThrow()
                    .getFileName();
        }
    }

    /** Where the scan's marker is, found by walking the segments (their payloads may hold any bytes). */
    private static int startOfScan(byte[] jpeg) {
        int at = 2;
        while ((jpeg[at + 1] & 0xff) != 0xDA) {
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        return at;
    }

    @Test
    void verifyFailsWhenTheIndexIsGoneAndIndexRepairsIt() throws Exception {
        String model = TestData.fixtureModel().toString();
        assertThat(run("--home", home.toString(), "--model-dir", model, "index", photos.toString()))
                .isZero();
        try (Stream<Path> files = Files.walk(home.resolve("index"))) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
        assertThat(run("--home", home.toString(), "verify", "--json")).isEqualTo(FoveaCli.FAILURE);
        JsonNode report = json();
        assertThat(report.get("consistent").asBoolean()).isFalse();
        assertThat(report.get("indexes").get(0).get("missing_count").asLong()).isEqualTo(4);
        assertThat(cli.err()).contains("inconsistent");

        assertThat(run("--home", home.toString(), "--model-dir", model, "index", photos.toString()))
                .isZero();
        assertThat(cli.err()).contains("0 embedded");
        assertThat(run("--home", home.toString(), "verify")).isZero();
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThat(run(
                        "--home",
                        home.toString(),
                        "--model-dir",
                        TestData.fixtureModel().toString(),
                        "index",
                        temp.resolve("nowhere").toString()))
                .isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err())
                .startsWith("fovea: ")
                .contains("nowhere")
                .contains("is not a folder")
                .doesNotContain("Exception");
    }
}
