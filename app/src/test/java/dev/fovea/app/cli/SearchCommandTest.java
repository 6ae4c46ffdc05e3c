package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistyped searches fail fast with a message, before anything is opened. */
class SearchCommandTest {
    @TempDir
    Path home;

    private final CliConsole cli = new CliConsole();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @Test
    void aLimitOutOfRangeIsAUsageError() {
        assertThat(run("search", "--limit", "0", "cats")).isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("--limit");
    }

    @Test
    void badFilterValuesAreUsageErrorsThatSayWhatIsExpected() {
        assertThat(run("search", "--bbox", "1,2", "cats")).isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("Bad map box '1,2'").contains("south,west,north,east");
        assertThat(run("search", "--orientation", "diagonal", "cats")).isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("Unknown orientation 'diagonal'").contains("landscape, portrait, square");
        assertThat(run("search", "--after", "someday", "cats")).isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("Cannot read the date 'someday'");
        assertThat(cli.err()).doesNotContain("Exception");
    }

    @Test
    void similarToAMissingFileNamesIt() {
        assertThat(run("similar", "/no/such/picture.jpg")).isEqualTo(FoveaCli.FAILURE);
        assertThat(cli.err()).contains("/no/such/picture.jpg").contains("no such image file");
    }

    @Test
    void benchSearchRejectsAnUnknownFormat() {
        assertThat(run("bench", "search", "--format", "int3", "--cases", "vector", "--sizes", "100"))
                .isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("Unknown vector format 'int3'");
    }

    @Test
    void benchSearchRejectsAnUnknownLayout() {
        assertThat(run("bench", "search", "--layout", "two-segments", "--cases", "vector", "--sizes", "100"))
                .isEqualTo(FoveaCli.USAGE);
        assertThat(cli.err()).contains("Unknown layout 'two-segments'").contains("one-segment or app");
    }

    @Test
    void benchSearchMeasuresBothLayoutsWithEveryFilter() {
        Path work = home.resolve("bench");
        assertThat(run(
                        "bench",
                        "search",
                        "--json",
                        "--cases",
                        "vector",
                        "--sizes",
                        "600",
                        "--dimensions",
                        "16",
                        "--queries",
                        "5",
                        // Small enough for the 20% filter's walk to stay a walk in 600 photos, so costs are fitted.
                        "--fan-out",
                        "10",
                        "--work-dir",
                        work.toString()))
                .isEqualTo(FoveaCli.OK);
        List<String> lines = cli.out().lines().toList();
        assertThat(lines)
                .filteredOn(line -> !line.contains("\"case\":\"cost-fit\""))
                .hasSize(8)
                .allSatisfy(line -> assertThat(line)
                        .contains("\"search_path\"")
                        .contains("\"p99_vs_exact\"")
                        .contains("\"vectors_scored_p50\""))
                .filteredOn(line -> line.contains("\"layout\":\"app\""))
                .hasSize(4);
        assertThat(lines)
                .as("the search costs fitted from each layout's cases")
                .filteredOn(line -> line.contains("\"case\":\"cost-fit\""))
                .hasSize(2)
                .allSatisfy(line ->
                        assertThat(line).contains("\"filter_exponent\"").contains("\"tenth_of_a_million_path\""));
    }
}
