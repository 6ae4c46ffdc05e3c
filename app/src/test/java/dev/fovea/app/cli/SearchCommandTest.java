package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Mistyped searches fail fast with a message, before anything is opened. */
class SearchCommandTest {
    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = FoveaCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return commandLine.execute(all);
    }

    @Test
    void aLimitOutOfRangeIsAUsageError() {
        assertThat(run("search", "--limit", "0", "cats")).isEqualTo(FoveaCli.USAGE);
        assertThat(err.toString()).contains("--limit");
    }

    @Test
    void badFilterValuesSayWhatIsExpected() {
        assertThat(run("search", "--bbox", "1,2", "cats")).isEqualTo(FoveaCli.FAILURE);
        assertThat(err.toString()).contains("Bad map box '1,2'").contains("south,west,north,east");
        assertThat(run("search", "--orientation", "diagonal", "cats")).isEqualTo(FoveaCli.FAILURE);
        assertThat(err.toString()).contains("Unknown orientation 'diagonal'").contains("landscape, portrait, square");
        assertThat(run("search", "--after", "someday", "cats")).isEqualTo(FoveaCli.FAILURE);
        assertThat(err.toString()).contains("Cannot read the date 'someday'");
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void similarToAMissingFileNamesIt() {
        assertThat(run("similar", "/no/such/picture.jpg")).isEqualTo(FoveaCli.FAILURE);
        assertThat(err.toString()).contains("/no/such/picture.jpg").contains("no such image file");
    }

    @Test
    void benchSearchRejectsAnUnknownFormat() {
        assertThat(run("bench", "search", "--format", "int3", "--cases", "vector", "--sizes", "100")).isEqualTo(FoveaCli.USAGE);
        assertThat(err.toString()).contains("Unknown vector format 'int3'");
    }
}
