package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.json.Json;
import dev.fovea.indexer.bench.TextPictures;
import dev.fovea.indexer.bench.TextPictures.Spec;
import dev.fovea.indexer.text.TessdataLocation;
import dev.fovea.search.FoveaException;
import dev.fovea.testing.TestData;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fovea index} without {@code --ocr} reads text in the automatic mode. It once failed there on the scan
 * thread, after indexing (its gate then needed the text tower the command leaves unloaded), so no text was ever
 * read and a stack trace was printed.
 */
class AutomaticTextReadingCommandTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    @Test
    void theDefaultModeReadsTheTextOfAScreenshot() throws Exception {
        try {
            TessdataLocation.find();
        } catch (FoveaException missing) {
            assumeTrue(false, missing.getMessage());
        }
        Path photos = Files.createDirectories(temp.resolve("photos"));
        Spec screenshot = Spec.plain("screenshot.png", "BOARDING PASS", "gate pelican");
        ImageIO.write(
                TextPictures.render(screenshot),
                "png",
                photos.resolve("screenshot.png").toFile());
        SolidPhotos.write(photos.resolve("plain"), 400, 300, Color.RED, Color.GREEN);
        String home = temp.resolve("home").toString();
        String model = TestData.fixtureModel().toString();

        assertThat(cli.run("--home", home, "--model-dir", model, "index", photos.toString()))
                .as(cli.err())
                .isZero();

        assertThat(cli.err()).contains("3 embedded").contains("text read in").doesNotContain("not read");
        assertThat(cli.run("--home", home, "--model-dir", model, "search", "--json", "pelican"))
                .as(cli.err())
                .isZero();
        JsonNode first = Json.mapper().readTree(cli.out()).get(0);
        assertThat(Path.of(first.get("path").asText()).getFileName()).hasToString("screenshot.png");
    }
}
