package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fovea.app.json.Json;
import dev.fovea.testing.TestData;
import java.awt.Color;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library on a read-only share or backup disk can be read: status, search and verify need no write access. */
class ReadOnlyHomeTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    @Test
    void statusSearchAndVerifyWorkOnAReadOnlyHome() throws Exception {
        Path photos = SolidPhotos.write(temp.resolve("photos"), 120, 90, Color.RED, Color.BLUE);
        String model = TestData.fixtureModel().toString();
        try (ReadOnlyFolder home = ReadOnlyFolder.create(temp.resolve("home"))) {
            assertThat(cli.run("--home", home.path().toString(), "--model-dir", model, "index", photos.toString()))
                    .as(cli.err())
                    .isZero();
            Path readOnly = home.readOnlyView();
            assumeTrue(readOnly != null, "a read-only bind mount is needed when running as root");

            assertThat(cli.run("--home", readOnly.toString(), "status", "--json"))
                    .as(cli.err())
                    .isZero();
            assertThat(Json.mapper().readTree(cli.out()).get("indexed").asLong())
                    .isEqualTo(2);
            assertThat(cli.run(
                            "--home", home.path().toString(), "--model-dir", model, "search", "--json", "--all", "red"))
                    .as(cli.err())
                    .isZero();
            assertThat(Json.mapper().readTree(cli.out())).hasSize(2);
            assertThat(cli.run("--home", readOnly.toString(), "verify"))
                    .as(cli.err())
                    .isZero();
            assertThat(cli.err()).doesNotContain("Cannot write");
        }
    }
}
