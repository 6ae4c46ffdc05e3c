package dev.fovea.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fovea.app.json.Json;
import dev.fovea.indexer.Library;
import dev.fovea.indexer.catalog.IndexJournal;
import dev.fovea.testing.TestData;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a kill -9 the vector index lags the catalog; a search must still see every photo the catalog holds. */
class ReaderCatchUpTest {
    @TempDir
    Path temp;

    private final CliConsole cli = new CliConsole();

    @Test
    void searchAfterACrashSeesEveryCataloguedPhoto() throws Exception {
        Path home = temp.resolve("home");
        Path photos =
                SolidPhotos.write(temp.resolve("photos"), 200, 150, Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW);
        String model = TestData.fixtureModel().toString();
        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "index", photos.toString()))
                .as(cli.err())
                .isZero();
        // What a kill before the indexer's first index commit leaves: the catalog committed, its journal
        // still lists the photos, and the index holds none of them.
        try (Library library = Library.open(home)) {
            library.catalog().write(c -> {
                List<Long> ids = new ArrayList<>();
                try (PreparedStatement all = c.prepareStatement("SELECT id FROM photos");
                        var rows = all.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
                IndexJournal.touch(c, ids);
                return null;
            });
        }
        try (Stream<Path> files = Files.walk(home.resolve("index"))) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }

        assertThat(cli.run("--home", home.toString(), "--model-dir", model, "search", "--json", "--all", "red"))
                .as(cli.err())
                .isZero();
        assertThat(Json.mapper().readTree(cli.out())).hasSize(4);
        assertThat(cli.run("--home", home.toString(), "verify")).as(cli.out()).isZero();
    }
}
