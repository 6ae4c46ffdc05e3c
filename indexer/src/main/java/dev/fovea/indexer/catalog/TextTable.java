package dev.fovea.indexer.catalog;

import dev.fovea.indexer.text.RecognisedText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text read in photos, by content hash: a moved or copied photo keeps it, and it is read once per reader.
 * A row also records photos the gate passed over and photos whose reading failed, so a run does not try them
 * again until the reader or the gate changes.
 */
public final class TextTable {
    /** What happened when a photo's turn came. */
    public enum Outcome {
        READ,
        /** The gate expected no text; {@code reader} names the gate. */
        GATED,
        /**
         * The gate expected text when the photo was embedded ({@code reader} names the gate); its reading is due. The
         * decode workers run the gate on the thumbnail they make, so the text stage need not look at the photo again.
         */
        PASSED,
        TIMEOUT,
        /** The photo could not be decoded again (gone, changed, unreadable). */
        FAILED;

        String sql() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A photo whose text is due: what the gate needs to decide, and a path to decode it from.
     *
     * @param passedGate the gate that is asked now already expected text in it when it was embedded
     */
    public record Due(
            String contentHash,
            java.nio.file.Path path,
            int width,
            int height,
            String fileType,
            String cameraMake,
            boolean passedGate) {}

    private TextTable() {}

    /**
     * Up to {@code limit} photos embedded by {@code modelId} whose text is due: never looked at, or looked at by
     * another reader, or (when {@code gateId} is null: every photo is read) passed over by a gate, or passed
     * over by another gate.
     */
    public static List<Due> due(Connection connection, String modelId, String readerId, String gateId, int limit)
            throws SQLException {
        String redo = gateId == null
                ? "t.reader <> ?"
                : "(t.outcome <> 'gated' AND t.reader <> ?) OR (t.outcome = 'gated' AND t.reader <> ?)";
        List<Due> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT p.content_hash, MIN(p.path), p.width, p.height, p.file_type, p.camera_make,"
                        + " t.outcome = 'passed' AND t.reader = ?"
                        + " FROM photos p JOIN embeddings e ON e.content_hash = p.content_hash AND e.model_id = ?"
                        + " LEFT JOIN photo_text t ON t.content_hash = p.content_hash"
                        + " WHERE p.status = 'indexed'"
                        + " AND NOT EXISTS (SELECT 1 FROM videos v WHERE v.content_hash = p.content_hash)"
                        + " AND (t.content_hash IS NULL OR " + redo + ")"
                        + " GROUP BY p.content_hash LIMIT ?")) {
            int i = 1;
            select.setString(i++, gateId);
            select.setString(i++, modelId);
            select.setString(i++, readerId);
            if (gateId != null) {
                select.setString(i++, gateId);
            }
            select.setInt(i, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(
                            rows.getString(1),
                            StoredPath.path(rows.getString(2)),
                            rows.getInt(3),
                            rows.getInt(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getBoolean(7)));
                }
            }
        }
        return due;
    }

    /**
     * Records what happened to a photo's text; when its words changed, its photos are journaled so the vector
     * indexes gain (or lose) them.
     */
    public static void put(
            Connection connection, String contentHash, Outcome outcome, String reader, RecognisedText text)
            throws SQLException {
        String before = text(connection, contentHash).map(RecognisedText::text).orElse("");
        write(connection, "REPLACE", contentHash, outcome, reader, text);
        if (!before.equals(text.text())) {
            IndexJournal.touch(connection, photosWithContent(connection, contentHash));
        }
    }

    /**
     * Records the gate's verdict on new content ({@link Outcome#PASSED} or {@link Outcome#GATED}, by the gate
     * {@code gateId}), unless its text already has an outcome: a verdict never replaces a reading.
     */
    public static void putGateVerdict(Connection connection, String contentHash, Outcome verdict, String gateId)
            throws SQLException {
        if (verdict != Outcome.PASSED && verdict != Outcome.GATED) {
            throw new IllegalArgumentException("Not a gate's verdict: " + verdict);
        }
        write(connection, "IGNORE", contentHash, verdict, gateId, RecognisedText.NONE);
    }

    /** The words read in this content, when it was read. */
    public static Optional<RecognisedText> text(Connection connection, String contentHash) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT words FROM photo_text WHERE content_hash = ?")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(RecognisedText.decode(rows.getString(1))) : Optional.empty();
            }
        }
    }

    /** What happened to this content's text, when its turn has come. */
    public static Optional<Outcome> outcome(Connection connection, String contentHash) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT outcome FROM photo_text WHERE content_hash = ?")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(Outcome.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT)))
                        : Optional.empty();
            }
        }
    }

    /** How many photos' content has each outcome, e.g. for status. */
    public static java.util.Map<String, Long> outcomes(Connection connection) throws SQLException {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT outcome, COUNT(*) FROM photo_text GROUP BY outcome");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private static List<Long> photosWithContent(Connection connection, String contentHash) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM photos WHERE content_hash = ?")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** One row of {@code photo_text}; {@code onConflict} is SQLite's REPLACE (a reading) or IGNORE (a verdict). */
    private static void write(
            Connection connection,
            String onConflict,
            String contentHash,
            Outcome outcome,
            String reader,
            RecognisedText text)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR " + onConflict
                + " INTO photo_text (content_hash, outcome, reader, text, words, read_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, contentHash);
            insert.setString(2, outcome.sql());
            insert.setString(3, reader);
            insert.setString(4, text.text());
            insert.setString(5, text.encode());
            insert.setLong(6, System.currentTimeMillis());
            insert.executeUpdate();
        }
    }
}
