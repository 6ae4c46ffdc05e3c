package dev.fovea.indexer.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Photos changed in the catalog but perhaps not yet in a model's vector index. Written in the same
 * transaction as the change, cleared once that index has committed it: after a crash, replaying the journal
 * brings every index up to the catalog, including changes to photos it already holds (a move, new
 * metadata), which comparing photo ids alone would miss.
 */
public final class IndexJournal {
    private IndexJournal() {}

    /** Records a change of these photos for every model that has a vector index. */
    public static void touch(Connection connection, Collection<Long> photoIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO index_journal (model_id, photo_id) SELECT model_id, ? FROM vector_indexes")) {
            for (long id : photoIds) {
                insert.setLong(1, id);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static void register(Connection connection, String modelId, int dimensions) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT OR REPLACE INTO vector_indexes (model_id, dims) VALUES (?, ?)")) {
            insert.setString(1, modelId);
            insert.setInt(2, dimensions);
            insert.executeUpdate();
        }
    }

    /** Photos changed after journal position {@code afterSeq}, and the position they reach. */
    public record Changes(List<Long> photoIds, long upToSeq) {}

    public static Changes since(Connection connection, String modelId, long afterSeq) throws SQLException {
        List<Long> ids = new ArrayList<>();
        long upTo = afterSeq;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT photo_id, MAX(seq) FROM index_journal WHERE model_id = ? AND seq > ? GROUP BY photo_id")) {
            select.setString(1, modelId);
            select.setLong(2, afterSeq);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    upTo = Math.max(upTo, rows.getLong(2));
                }
            }
        }
        return new Changes(ids, upTo);
    }

    /** Called once the model's index has committed everything up to {@code seq}. */
    public static void clear(Connection connection, String modelId, long upToSeq) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM index_journal WHERE model_id = ? AND seq <= ?")) {
            delete.setString(1, modelId);
            delete.setLong(2, upToSeq);
            delete.executeUpdate();
        }
    }

    public static long count(Connection connection, String modelId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT COUNT(*) FROM index_journal WHERE model_id = ?")) {
            select.setString(1, modelId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.getLong(1);
            }
        }
    }
}
