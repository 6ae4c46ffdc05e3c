package dev.fovea.indexer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fovea.search.FoveaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
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
