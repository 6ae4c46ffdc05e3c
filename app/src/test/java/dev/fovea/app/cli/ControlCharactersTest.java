package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.testing.TestData;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name may hold a newline (or a terminal escape): text output keeps one line per photo and prints such
 * characters escaped; --json carries them as they are.
 */
class ControlCharactersTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    @Test
    void namesWithControlCharactersPrintEscapedOnOneLine() throws Exception {
        Path photos = SolidPhotos.write(temp.resolve("photos"), 64, 48, Color.RED);
        Files.move(photos.resolve("photo0.jpg"), photos.resolve("red\nsunset\u001b[2J.jpg"));
        Files.writeString(photos.resolve("broken\rname.png"), "not a picture");
        String home = temp.resolve("home").toString();
        String model = TestData.fixtureModel().toString();
        assertThat(cli.run("--home", home, "--model-dir", model, "index", photos.toString()))
                .as(cli.err())
                .isZero();

        assertThat(cli.run("--home", home, "--model-dir", model, "search", "--all", "red"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out().lines()).singleElement().asString().contains("red\\nsunset\\x1b[2J.jpg  ");
        assertThat(cli.run("--home", home, "--model-dir", model, "search", "--all", "--json", "red"))
                .isZero();
        assertThat(cli.out()).contains("red\\nsunset\\u001B[2J.jpg");

        assertThat(cli.run("--home", home, "status")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("broken\\rname.png: ").doesNotContain("\r");

        assertThat(cli.run("--home", home, "--model-dir", model, "similar", photos + "/gone\n.jpg"))
                .isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err().lines()).singleElement().asString().contains("gone\\n.jpg");
    }
}
