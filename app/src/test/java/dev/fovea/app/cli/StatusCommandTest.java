package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.testing.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What status suggests on a new home: the next step that works. */
class StatusCommandTest {
    @TempDir
    Path home;

    private final CliConsole cli = new CliConsole();

    @Test
    void anEmptyHomeSaysToGetAModelFirst() {
        assertThat(cli.run("--home", home.toString(), "status")).as(cli.err()).isZero();
        assertThat(cli.out())
                .contains("none installed (get one: 'fovea model download'")
                .contains("add one with 'fovea index FOLDER'");
    }

    @Test
    void withAModelButNothingIndexedItSaysToIndex() {
        assertThat(cli.run(
                        "--home",
                        home.toString(),
                        "model",
                        "import",
                        TestData.fixtureModel().toString()))
                .as(cli.err())
                .isZero();
        assertThat(cli.run("--home", home.toString(), "status")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("none used yet (index a folder: 'fovea index FOLDER')");
    }
}
