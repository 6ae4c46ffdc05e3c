package dev.fovea.indexer.catalog;

import dev.fovea.indexer.video.VideoSummary;
import dev.fovea.search.index.FrameVector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Videos by content: duration, codec, whether sampling was partial, and each model's embeddings of the sampled
 * frames. Written in the transaction that writes the video's own embedding (their mean), so a crash keeps both or
 * neither.
 */
public final class VideoTable {
    private VideoTable() {}

    public static void put(
            Connection connection, String contentHash, String modelId, VideoSummary video, List<FrameVector> frames)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT OR REPLACE INTO videos (content_hash, duration_s, codec, partial) VALUES (?, ?, ?, ?)")) {
            upsert.setString(1, contentHash);
            upsert.setDouble(2, video.durationSeconds());
            upsert.setString(3, video.codec());
            upsert.setInt(4, video.partial() ? 1 : 0);
            upsert.executeUpdate();
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM video_frames WHERE content_hash = ? AND model_id = ?")) {
            delete.setString(1, contentHash);
            delete.setString(2, modelId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO video_frames (content_hash, model_id, seconds, vector) VALUES (?, ?, ?, ?)")) {
            for (FrameVector frame : frames) {
                insert.setString(1, contentHash);
                insert.setString(2, modelId);
                insert.setDouble(3, frame.seconds());
                insert.setBytes(4, EmbeddingTable.encode(frame.embedding()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The video's length in seconds; null for a photo (or a video catalogued without one). */
    public static Double durationSeconds(Connection connection, String contentHash) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT duration_s FROM videos WHERE content_hash = ?")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    double seconds = rows.getDouble(1);
                    return rows.wasNull() ? null : seconds;
                }
                return null;
            }
        }
    }

    /** When the sampled frames of this content are, in time order (any model: sampling does not depend on it). */
    public static List<Double> frameTimes(Connection connection, String contentHash) throws SQLException {
        List<Double> times = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT DISTINCT seconds FROM video_frames WHERE content_hash = ? ORDER BY seconds")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getDouble(1));
                }
            }
        }
        return times;
    }

    /** The model's frames of this content in time order; empty for a photo. */
    public static List<FrameVector> frames(Connection connection, String contentHash, String modelId)
            throws SQLException {
        List<FrameVector> frames = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seconds, vector FROM video_frames WHERE content_hash = ? AND model_id = ? ORDER BY seconds")) {
            select.setString(1, contentHash);
            select.setString(2, modelId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    frames.add(new FrameVector(rows.getDouble(1), EmbeddingTable.decode(rows.getBytes(2))));
                }
            }
        }
        return frames;
    }

    /** Videos and sampled frames catalogued for a model, and how many videos were sampled only partly. */
    public record Counts(long videos, long frames, long partial) {}

    public static Counts counts(Connection connection, String modelId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT"
                        + " (SELECT COUNT(DISTINCT content_hash) FROM video_frames WHERE model_id = ?),"
                        + " (SELECT COUNT(*) FROM video_frames WHERE model_id = ?),"
                        + " (SELECT COUNT(*) FROM videos v WHERE v.partial = 1"
                        + "   AND EXISTS (SELECT 1 FROM video_frames f WHERE f.content_hash = v.content_hash AND f.model_id = ?))")) {
            select.setString(1, modelId);
            select.setString(2, modelId);
            select.setString(3, modelId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new Counts(rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
    }
}
