package dev.fovea.indexer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {
    @TempDir
    Path temp;

    @Test
    void createsTheSchemaOnceAndReopens() {
        Path file = temp.resolve("catalog.db");
        try (Catalog catalog = Catalog.open(file)) {
            int version = catalog.read(c -> {
                try (Statement s = c.createStatement();
                        var rows = s.executeQuery("PRAGMA user_version")) {
                    return rows.getInt(1);
                }
            });
            assertThat(version).isEqualTo(CatalogMigrations.STEPS.size());
            catalog.write(c -> {
                SettingsTable.put(c, "k", "v");
                return null;
            });
            String mode = catalog.read(c -> {
                try (Statement s = c.createStatement();
                        var rows = s.executeQuery("PRAGMA journal_mode")) {
                    return rows.getString(1);
                }
            });
            assertThat(mode).isEqualTo("wal");
        }
        try (Catalog catalog = Catalog.open(file)) {
            java.util.Optional<String> value = catalog.read(c -> SettingsTable.get(c, "k"));
            assertThat(value).contains("v");
        }
    }

    /**
     * Two processes that open a new home at once (the CI failure: {@code fovea status} while {@code fovea index}
     * started) must not both create the schema; the second waits for the first and finds it made.
     */
    @RepeatedTest(5)
    void openersThatRaceOnANewCatalogAllSucceed() throws Exception {
        Path file = temp.resolve("race-" + System.nanoTime() + ".db");
        int openers = 4;
        CyclicBarrier start = new CyclicBarrier(openers);
        try (ExecutorService threads = Executors.newFixedThreadPool(openers)) {
            List<Future<Integer>> versions = new ArrayList<>();
            for (int i = 0; i < openers; i++) {
                versions.add(threads.submit(() -> {
                    start.await();
                    try (Catalog catalog = Catalog.open(file)) {
                        return catalog.read(c -> {
                            try (Statement s = c.createStatement();
                                    var rows = s.executeQuery("PRAGMA user_version")) {
                                return rows.getInt(1);
                            }
                        });
                    }
                }));
            }
            for (Future<Integer> version : versions) {
                assertThat(version.get()).isEqualTo(CatalogMigrations.STEPS.size());
            }
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Catalog catalog = Catalog.open(temp.resolve("catalog.db"))) {
            assertThatThrownBy(() -> catalog.write(c -> {
                        SettingsTable.put(c, "half", "written");
                        throw new IllegalStateException("boom");
                    }))
                    .hasMessage("boom");
            java.util.Optional<String> value = catalog.read(c -> SettingsTable.get(c, "half"));
            assertThat(value).isEmpty();
        }
    }

    @Test
    void refusesACatalogFromANewerFovea() {
        Path file = temp.resolve("catalog.db");
        try (Catalog catalog = Catalog.open(file)) {
            catalog.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA user_version = 999");
                }
                return null;
            });
        }
        assertThatThrownBy(() -> Catalog.open(file))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining("newer Fovea")
                .hasMessageContaining(file.toString());
    }

    @Test
    void namesADamagedCatalogAndSaysWhatToDo() throws Exception {
        Path file = Files.writeString(
                temp.resolve("catalog.db"), "this is not a database, just text that is long enough ".repeat(100));
        assertThatThrownBy(() -> Catalog.open(file))
                .isInstanceOf(FoveaException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("damaged");
    }

    @Test
    void embeddingsRoundTripAsLittleEndianFloats() {
        float[] vector = {0.5f, -1.25f, 3e-8f, Float.MIN_VALUE};
        assertThat(EmbeddingTable.decode(EmbeddingTable.encode(vector))).containsExactly(vector);
        assertThat(EmbeddingTable.encode(new float[] {1f})).containsExactly(0, 0, (byte) 0x80, 0x3f);
    }
}
