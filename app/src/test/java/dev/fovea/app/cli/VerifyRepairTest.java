package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.json.Json;
import dev.fovea.testing.TestData;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify --repair rebuilds a damaged vector index from the catalog and damaged thumbnails from the photos. */
class VerifyRepairTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    @Test
    void repairsDeletedAndCorruptedIndexFilesAndThumbnails() throws Exception {
        Path home = temp.resolve("home");
        Path photos = SolidPhotos.write(
                temp.resolve("photos"), 160, 120, Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW, Color.MAGENTA);
        String model = TestData.fixtureModel().toString();
        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "index", photos.toString()))
                .as(cli.err())
                .isZero();

        List<Path> indexFiles = files(home.resolve("index"));
        List<Path> thumbnails = files(home.resolve("thumbnails"));
        assertThat(thumbnails).hasSize(5);
        for (int i = 0; i < indexFiles.size(); i++) {
            Path file = indexFiles.get(i);
            if (i % 2 == 0) {
                Files.delete(file);
            } else {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        Files.delete(thumbnails.get(0));
        Files.write(thumbnails.get(1), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0});

        assertThat(cli.run("--home", home.toString(), "verify")).isEqualTo(FoveaCli.FAILURE);

        assertThat(cli.run("--home", home.toString(), "verify", "--repair"))
                .as(cli.err())
                .isZero();
        assertThat(cli.err())
                .contains("rebuilding from the catalog's embeddings")
                .contains("rebuilt, 5 photos")
                .contains("repaired 1 vector indexes and 2 thumbnails");
        assertThat(cli.out()).contains("catalog 5 photos, index 5: consistent");
        for (Path thumbnail : files(home.resolve("thumbnails"))) {
            assertThat(ImageIO.read(thumbnail.toFile()))
                    .as(thumbnail.toString())
                    .isNotNull();
        }
        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "search", "--json", "--all", "red"))
                .as(cli.err())
                .isZero();
        assertThat(Json.mapper().readTree(cli.out())).hasSize(5);
        assertThat(cli.run("--home", home.toString(), "verify", "--repair")).isZero();
        assertThat(cli.err()).contains("consistent").contains("repaired 0 vector indexes and 0 thumbnails");
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().endsWith(".lock"))
                    .sorted()
                    .toList();
        }
    }
}
