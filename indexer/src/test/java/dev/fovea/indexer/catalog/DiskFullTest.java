package dev.fovea.indexer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that runs out of space reports the full disk, not whatever failed while cleaning up after it. */
class DiskFullTest {
    @TempDir
    Path home;

    @Test
    void aFullDiskIsReportedAsSuchAndCommittedRowsStay() {
        try (Catalog catalog = Catalog.open(home.resolve("catalog.db"))) {
            catalog.write(c -> {
                SettingsTable.put(c, "kept", "yes");
                return null;
            });
            // A page limit makes SQLite fail with SQLITE_FULL exactly as a full disk does.
            catalog.write(c -> {
                try (Statement s = c.createStatement();
                        var rows = s.executeQuery("PRAGMA page_count")) {
                    int pages = rows.getInt(1);
                    s.execute("PRAGMA max_page_count = " + (pages + 1));
                }
                return null;
            });
            assertThatThrownBy(() -> catalog.write(c -> {
                        try (PreparedStatement put =
                                c.prepareStatement("INSERT INTO settings(key, value) VALUES (?, ?)")) {
                            for (int i = 0; i < 2000; i++) {
                                put.setString(1, "filler" + i);
                                put.setString(2, "x".repeat(500));
                                put.executeUpdate();
                            }
                        }
                        return null;
                    }))
                    .isInstanceOf(FoveaException.class)
                    .hasMessageContaining("the disk holding " + home + " is full (")
                    .hasMessageContaining(" MB free); free space and run again")
                    .hasMessageNotContaining("no transaction is active")
                    .satisfies(e -> assertThat(e.getCause()).hasMessageContaining("SQLITE_FULL"));
            Optional<String> kept = catalog.read(c -> SettingsTable.get(c, "kept"));
            assertThat(kept).contains("yes");
        }
    }
}
