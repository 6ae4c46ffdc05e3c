package dev.fovea.indexer.testing;

import dev.fovea.indexer.Library;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * What a fault must never take from a catalog, as lines to compare before and after it: {@code "photo PATH HASH"}
 * for each photo row and {@code "embedding HASH MODEL VECTOR"} for each embedding.
 */
public final class CatalogSnapshot {
    private CatalogSnapshot() {}

    /** Every photo row, whatever its status, and every embedding. */
    public static Set<String> rows(Path home) {
        return read(home, false);
    }

    /** The rows of indexed photos only, and every embedding: a failed run may leave new photos pending or skipped. */
    public static Set<String> indexedRows(Path home) {
        return read(home, true);
    }

    /** How many of {@code before} are missing from {@code after}. */
    public static long lost(Set<String> before, Set<String> after) {
        return before.stream().filter(row -> !after.contains(row)).count();
    }

    private static Set<String> read(Path home, boolean indexedOnly) {
        try (Library library = Library.open(home)) {
            return library.catalog().read(connection -> {
                Set<String> rows = new HashSet<>();
                try (Statement statement = connection.createStatement()) {
                    addPhotos(statement, indexedOnly, rows);
                    try (ResultSet result =
                            statement.executeQuery("SELECT content_hash, model_id, hex(vector) FROM embeddings")) {
                        while (result.next()) {
                            rows.add("embedding " + result.getString(1) + " " + result.getString(2) + " "
                                    + result.getString(3));
                        }
                    }
                }
                return rows;
            });
        }
    }

    private static void addPhotos(Statement statement, boolean indexedOnly, Set<String> rows) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT path, content_hash, status FROM photos")) {
            while (result.next()) {
                if (!indexedOnly || "indexed".equals(result.getString(3))) {
                    rows.add("photo " + result.getString(1) + " " + result.getString(2));
                }
            }
        }
    }
}
