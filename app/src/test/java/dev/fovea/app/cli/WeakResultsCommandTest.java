package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fovea.app.desktop.testing.ColourPhotos;
import dev.fovea.app.json.Json;
import dev.fovea.testing.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fovea search over 24 colour photos with the fixture model: strong matches, and the closest when none is. */
class WeakResultsCommandTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    @BeforeEach
    void library() throws Exception {
        ColourPhotos.write(temp.resolve("photos"), 4);
        assertThat(cli.run(
                        "--home",
                        home(),
                        "--model-dir",
                        model(),
                        "index",
                        temp.resolve("photos").toString()))
                .as(cli.err())
                .isZero();
    }

    private static String model() {
        return TestData.fixtureModel().toString();
    }

    private String home() {
        return temp.resolve("home").toString();
    }

    @Test
    void aColourNoPhotoHasPrintsTheClosestWithANote() throws Exception {
        assertThat(cli.run("--home", home(), "--model-dir", model(), "search", "--json", "cyan"))
                .as(cli.err())
                .isZero();
        JsonNode rows = Json.mapper().readTree(cli.out());
        assertThat(rows.size()).isEqualTo(SearchPrinter.CLOSEST);
        rows.forEach(row -> assertThat(row.get("strong").asBoolean()).isFalse());
        assertThat(cli.err()).contains("No strong matches. Closest photos:");
    }

    @Test
    void strongMatchesCarryStrongAndNoNote() throws Exception {
        assertThat(cli.run("--home", home(), "--model-dir", model(), "search", "--json", "red"))
                .as(cli.err())
                .isZero();
        JsonNode rows = Json.mapper().readTree(cli.out());
        assertThat(rows.size()).as("near-identical red photos are one row").isBetween(1, 4);
        rows.forEach(row -> {
            assertThat(row.get("strong").asBoolean()).isTrue();
            assertThat(row.get("path").asText()).contains("red-");
        });
        assertThat(cli.err()).doesNotContain("No strong matches");
    }
}
