package dev.fovea.indexer.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the decoder read past in a photo it decoded anyway (libjpeg's "Corrupt JPEG data: 3 extraneous bytes before
 * marker 0xd9"), by content hash: the same bytes give the same warning, so a moved or copied photo keeps it without
 * being decoded again, and the next decode of the content replaces it.
 */
public final class DecodeWarningTable {
    /** An indexed photo whose decoding warned, with the decoder's words. */
    public record WarnedFile(Path path, String warning) {}

    private DecodeWarningTable() {}

    /** Records the warning of the content's latest decode; a clean decode clears an earlier one. */
    public static void put(Connection connection, String contentHash, String warning) throws SQLException {
        if (warning == null) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM decode_warnings WHERE content_hash = ?")) {
                delete.setString(1, contentHash);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement upsert =
                connection.prepareStatement("INSERT INTO decode_warnings (content_hash, warning) VALUES (?, ?)"
                        + " ON CONFLICT (content_hash) DO UPDATE SET warning = excluded.warning")) {
            upsert.setString(1, contentHash);
            upsert.setString(2, warning);
            upsert.executeUpdate();
        }
    }

    /** How many indexed photo files were decoded with a warning. */
    public static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM photos p"
                        + " JOIN decode_warnings w ON w.content_hash = p.content_hash WHERE p.status = 'indexed'");
                ResultSet rows = select.executeQuery()) {
            return rows.getLong(1);
        }
    }

    /** Indexed photo files decoded with a warning, most recently processed first. */
    public static List<WarnedFile> list(Connection connection, int limit) throws SQLException {
        List<WarnedFile> warned = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT p.path, w.warning FROM photos p"
                + " JOIN decode_warnings w ON w.content_hash = p.content_hash WHERE p.status = 'indexed'"
                + " ORDER BY p.updated_at DESC, p.path LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    warned.add(new WarnedFile(StoredPath.path(rows.getString(1)), rows.getString(2)));
                }
            }
        }
        return warned;
    }
}
