package dev.fovea.indexer.catalog;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Embeddings by content and model: the catalog keeps them so the vector index can always be rebuilt from it
 * and a moved or copied photo is never encoded again. Stored as little-endian float32.
 */
public final class EmbeddingTable {
    private EmbeddingTable() {}

    /** @param exact whether the embedding was made from the exact (full-resolution) decode */
    public static void put(
            Connection connection, String contentHash, String modelId, float[] vector, boolean exact, long now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO embeddings (content_hash, model_id, dims, vector, exact, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, contentHash);
            insert.setString(2, modelId);
            insert.setInt(3, vector.length);
            insert.setBytes(4, encode(vector));
            insert.setInt(5, exact ? 1 : 0);
            insert.setLong(6, now);
            insert.executeUpdate();
        }
    }

    public static Optional<float[]> get(Connection connection, String contentHash, String modelId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT vector FROM embeddings WHERE content_hash = ? AND model_id = ?")) {
            select.setString(1, contentHash);
            select.setString(2, modelId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(decode(rows.getBytes(1))) : Optional.empty();
            }
        }
    }

    /** The contents embedded under the model; with {@code exactOnly}, only those embedded from the exact decode. */
    public static Set<String> hashesFor(Connection connection, String modelId, boolean exactOnly) throws SQLException {
        Set<String> hashes = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content_hash FROM embeddings WHERE model_id = ?" + (exactOnly ? " AND exact = 1" : ""))) {
            select.setString(1, modelId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
        }
        return hashes;
    }

    /** Deletes the model's embeddings of these contents; the photos that used them become pending. */
    public static void forget(Connection connection, String modelId, Collection<String> contentHashes)
            throws SQLException {
        try (PreparedStatement embeddings =
                        connection.prepareStatement("DELETE FROM embeddings WHERE content_hash = ? AND model_id = ?");
                PreparedStatement photos = connection.prepareStatement(
                        "UPDATE photos SET status = 'pending' WHERE content_hash = ? AND status = 'indexed' AND model_id = ?")) {
            for (String hash : contentHashes) {
                embeddings.setString(1, hash);
                embeddings.setString(2, modelId);
                embeddings.executeUpdate();
                photos.setString(1, hash);
                photos.setString(2, modelId);
                photos.executeUpdate();
            }
        }
    }

    /** Deletes embeddings no catalogued photo has any more and returns their content hashes. */
    public static void deleteModel(Connection connection, String modelId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM embeddings WHERE model_id = ?")) {
            delete.setString(1, modelId);
            delete.executeUpdate();
        }
    }

    public static List<String> deleteOrphans(Connection connection) throws SQLException {
        List<String> orphans = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT e.content_hash FROM embeddings e"
                        + " WHERE NOT EXISTS (SELECT 1 FROM photos p WHERE p.content_hash = e.content_hash)");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                orphans.add(rows.getString(1));
            }
        }
        for (String table : List.of("embeddings", "video_frames", "videos", "photo_text", "decode_warnings")) {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM " + table + " WHERE content_hash = ?")) {
                for (String hash : orphans) {
                    delete.setString(1, hash);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
        return orphans;
    }

    public static byte[] encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    public static float[] decode(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
