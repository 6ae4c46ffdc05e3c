package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FoveaCliTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = FoveaCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void versionNamesFoveaAndJava() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("fovea ").contains("Java 25");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : new String[] {"index", "search", "similar", "status", "verify", "model", "tokenize", "embed", "bench"}) {
            StringWriter fresh = new StringWriter();
            CommandLine commandLine = FoveaCli.commandLine();
            commandLine.setOut(new PrintWriter(fresh, true));
            assertThat(commandLine.execute(command, "--help")).as(command).isZero();
            assertThat(fresh.toString()).as(command).startsWith("Usage: fovea " + command);
        }
    }

    @Test
    void searchOnAnEmptyHomeSaysHowToAddALibrary() {
        assertThat(run("--home", home.toString(), "search", "x")).isEqualTo(FoveaCli.FAILURE);
        assertThat(err.toString()).contains("no library yet").contains("fovea index PATH");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void badUsageExitsWithTwoAndPointsToHelp() {
        assertThat(run("search")).isEqualTo(FoveaCli.USAGE);
        assertThat(err.toString()).contains("Missing required parameter").contains("fovea search --help");
        assertThat(run("frobnicate")).isEqualTo(FoveaCli.USAGE);
        assertThat(err.toString()).contains("'frobnicate' is neither a command nor an image file");
    }

    @Test
    void openWithTakesOneImageOnly() {
        assertThat(run(home.resolve("a.jpg").toString(), home.resolve("b.jpg").toString())).isEqualTo(FoveaCli.USAGE);
        assertThat(err.toString()).contains("Unmatched argument");
    }
}
