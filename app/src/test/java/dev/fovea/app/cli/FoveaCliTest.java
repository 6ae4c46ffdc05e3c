package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoveaCliTest {
    @TempDir
    Path home;

    private final CliConsole cli = new CliConsole();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void versionNamesFoveaAndJava() {
        assertThat(run("--version")).isZero();
        assertThat(cli.out()).startsWith("fovea ").contains("Java 25");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : new String[] {
            "index", "search", "similar", "status", "places", "verify", "model", "tokenize", "embed", "bench"
        }) {
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(cli.out()).as(command).startsWith("Usage: fovea " + command);
        }
    }

    @Test
    void searchOnAnEmptyHomeSaysHowToAddALibrary() {
        assertThat(run("--home", home.toString(), "search", "x")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("no library yet").contains("fovea index PATH");
        assertThat(cli.err()).doesNotContain("Exception");
    }

    @Test
    void badUsageExitsWithTwoAndPointsToHelp() {
        assertThat(run("search")).isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("Missing required parameter").contains("fovea search --help");
        assertThat(run("frobnicate")).isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("'frobnicate' is neither a command nor an image file");
    }

    @Test
    void openWithTakesOneImageOnly() {
        assertThat(run(home.resolve("a.jpg").toString(), home.resolve("b.jpg").toString()))
                .isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("Unmatched argument");
    }
}
