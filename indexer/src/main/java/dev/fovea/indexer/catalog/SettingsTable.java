package dev.fovea.indexer.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Small facts about the library kept with it: which model it is indexed for and which one serves searches. */
public final class SettingsTable {
    public static final String INDEXING_MODEL = "indexing_model";
    public static final String SERVING_MODEL = "serving_model";

    private SettingsTable() {}

    public static Optional<String> get(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    public static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert =
                connection.prepareStatement("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }
}
