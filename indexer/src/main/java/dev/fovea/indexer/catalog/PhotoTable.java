package dev.fovea.indexer.catalog;

import dev.fovea.indexer.metadata.PhotoMetadata;
import dev.fovea.indexer.metadata.TakenAt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL over the {@code photos} table. */
public final class PhotoTable {
    static final String COLUMNS =
            "p.id, p.root_id, p.path, p.folder, p.file_name, p.size, p.mtime, p.content_hash, p.file_type,"
                    + " p.width, p.height, p.taken_at, p.taken_at_offset, p.camera_make, p.camera_model, p.lens, p.f_number,"
                    + " p.exposure_time, p.iso, p.focal_length, p.latitude, p.longitude, p.orientation, p.status, p.skip_reason,"
                    + " p.skip_detail, p.model_id";

    private PhotoTable() {}

    /** Every catalogued file of a root at or below {@code folder}, by path. */
    public static Map<String, KnownPhoto> known(Connection connection, long rootId, Path folder) throws SQLException {
        Map<String, KnownPhoto> known = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT p.id, p.path, p.size, p.mtime, p.content_hash, p.status, p.model_id, COALESCE(e.exact, 0)"
                        + " FROM photos p LEFT JOIN embeddings e"
                        + " ON e.content_hash = p.content_hash AND e.model_id = p.model_id WHERE p.root_id = ?")) {
            select.setLong(1, rootId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String path = rows.getString(2);
                    if (StoredPath.path(path).startsWith(folder)) {
                        known.put(
                                path,
                                new KnownPhoto(
                                        rows.getLong(1),
                                        path,
                                        rows.getLong(3),
                                        rows.getLong(4),
                                        rows.getString(5),
                                        PhotoStatus.fromSql(rows.getString(6)),
                                        rows.getString(7),
                                        rows.getInt(8) != 0));
                    }
                }
            }
        }
        return known;
    }

    public static Optional<PhotoRow> byId(Connection connection, long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM photos p WHERE p.id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    public static Optional<PhotoRow> byPath(Connection connection, Path path) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM photos p WHERE p.path = ?")) {
            select.setString(1, StoredPath.text(path));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    public static List<PhotoRow> all(Connection connection) throws SQLException {
        List<PhotoRow> photos = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT " + COLUMNS + " FROM photos p ORDER BY p.path");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                photos.add(row(rows));
            }
        }
        return photos;
    }

    /**
     * Writes one processed file and returns its photo id. A new path whose content matches a catalogued
     * photo that is gone from its (reachable) place is that photo moved or renamed: its row, id and
     * embedding move with it.
     */
    public static long write(Connection connection, PhotoWrite write, long now) throws SQLException {
        PhotoMetadata metadata = withKnownDimensions(connection, write);
        Long id = idOfPath(connection, write.path());
        if (id == null && write.contentHash() != null) {
            id = movedFrom(connection, write.contentHash());
        }
        if (id == null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO photos (root_id, path, folder, file_name, size,"
                            + " mtime, content_hash, file_type, width, height, taken_at, taken_at_offset, camera_make, camera_model, lens,"
                            + " f_number, exposure_time, iso, focal_length, latitude, longitude, orientation, status, skip_reason,"
                            + " skip_detail, model_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?, ?)",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                bind(insert, write, metadata, now);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE photos SET root_id = ?, path = ?, folder = ?,"
                        + " file_name = ?, size = ?, mtime = ?, content_hash = ?, file_type = ?, width = ?, height = ?, taken_at = ?,"
                        + " taken_at_offset = ?, camera_make = ?, camera_model = ?, lens = ?, f_number = ?, exposure_time = ?, iso = ?,"
                        + " focal_length = ?, latitude = ?, longitude = ?, orientation = ?, status = ?, skip_reason = ?, skip_detail = ?,"
                        + " model_id = ?, updated_at = ? WHERE id = ?")) {
            bind(update, write, metadata, now);
            update.setLong(28, id);
            update.executeUpdate();
        }
        return id;
    }

    /** Deletes the row when it still has this path (it may have moved meanwhile); true when it did. */
    public static boolean deleteIfAt(Connection connection, long id, String path) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM photos WHERE id = ? AND path = ?")) {
            delete.setLong(1, id);
            delete.setString(2, path);
            return delete.executeUpdate() > 0;
        }
    }

    /** Photos indexed by a model other than {@code modelId} become pending: switching models re-embeds them. */
    public static void markPendingUnlessIndexedBy(Connection connection, String modelId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE photos SET status = 'pending' WHERE status = 'indexed' AND (model_id IS NULL OR model_id != ?)")) {
            update.setString(1, modelId);
            update.executeUpdate();
        }
    }

    /** Photos indexed by {@code modelId} become pending, so the next run embeds them again. */
    public static void markPendingIndexedBy(Connection connection, String modelId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE photos SET status = 'pending' WHERE status = 'indexed' AND model_id = ?")) {
            update.setString(1, modelId);
            update.executeUpdate();
        }
    }

    public static List<Long> allIds(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement all = connection.prepareStatement("SELECT id FROM photos");
                ResultSet rows = all.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    public static List<Long> idsOfRoot(Connection connection, long rootId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM photos WHERE root_id = ?")) {
            select.setLong(1, rootId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Long idOfPath(Connection connection, Path path) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM photos WHERE path = ?")) {
            select.setString(1, StoredPath.text(path));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static Long movedFrom(Connection connection, String contentHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT p.id, p.path, r.path FROM photos p JOIN roots r ON r.id = p.root_id WHERE p.content_hash = ?")) {
            select.setString(1, contentHash);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    // A photo on an unplugged drive is not gone; only one missing from a reachable root has moved.
                    if (Files.isDirectory(StoredPath.path(rows.getString(3)))
                            && Files.notExists(StoredPath.path(rows.getString(2)))) {
                        return rows.getLong(1);
                    }
                }
            }
        }
        return null;
    }

    /** A file processed without decoding (its content is known) takes its dimensions from its twin. */
    private static PhotoMetadata withKnownDimensions(Connection connection, PhotoWrite write) throws SQLException {
        PhotoMetadata metadata = write.metadata();
        if (metadata.width() != null || write.contentHash() == null) {
            return metadata;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT width, height FROM photos WHERE content_hash = ? AND width IS NOT NULL LIMIT 1")) {
            select.setString(1, write.contentHash());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? metadata.withDimensions(rows.getInt(1), rows.getInt(2)) : metadata;
            }
        }
    }

    private static void bind(PreparedStatement statement, PhotoWrite write, PhotoMetadata m, long now)
            throws SQLException {
        Path path = write.path();
        statement.setLong(1, write.rootId());
        String text = StoredPath.text(path);
        statement.setString(2, text);
        statement.setString(3, path.getParent() == null ? "" : StoredPath.text(path.getParent()));
        statement.setString(
                4, text.substring(text.lastIndexOf(path.getFileSystem().getSeparator()) + 1));
        statement.setLong(5, write.size());
        statement.setLong(6, write.modifiedMillis());
        statement.setString(7, write.contentHash());
        statement.setString(8, m.fileType());
        setInteger(statement, 9, m.width());
        setInteger(statement, 10, m.height());
        statement.setString(11, m.takenAt() == null ? null : m.takenAt().local().toString());
        statement.setString(
                12,
                m.takenAt() == null || m.takenAt().offset() == null
                        ? null
                        : m.takenAt().offset().getId());
        statement.setString(13, m.cameraMake());
        statement.setString(14, m.cameraModel());
        statement.setString(15, m.lens());
        setDouble(statement, 16, m.fNumber());
        setDouble(statement, 17, m.exposureTime());
        setInteger(statement, 18, m.iso());
        setDouble(statement, 19, m.focalLength());
        setDouble(statement, 20, m.latitude());
        setDouble(statement, 21, m.longitude());
        setInteger(statement, 22, m.orientation());
        statement.setString(23, write.status().sql());
        statement.setString(24, write.skipReason());
        statement.setString(25, write.skipDetail());
        statement.setString(26, write.modelId());
        statement.setLong(27, now);
    }

    static PhotoRow row(ResultSet rows) throws SQLException {
        return new PhotoRow(
                rows.getLong(1),
                rows.getLong(2),
                StoredPath.path(rows.getString(3)),
                rows.getString(4),
                rows.getString(5),
                rows.getLong(6),
                rows.getLong(7),
                rows.getString(8),
                metadata(rows, 9),
                PhotoStatus.fromSql(rows.getString(24)),
                rows.getString(25),
                rows.getString(26),
                rows.getString(27));
    }

    /** Reads the metadata columns starting at {@code first} (file_type) in COLUMNS order. */
    public static PhotoMetadata metadata(ResultSet rows, int first) throws SQLException {
        String taken = rows.getString(first + 3);
        String offset = rows.getString(first + 4);
        TakenAt takenAt = taken == null
                ? null
                : new TakenAt(LocalDateTime.parse(taken), offset == null ? null : ZoneOffset.of(offset));
        return new PhotoMetadata(
                rows.getString(first),
                integer(rows, first + 1),
                integer(rows, first + 2),
                takenAt,
                rows.getString(first + 5),
                rows.getString(first + 6),
                rows.getString(first + 7),
                real(rows, first + 8),
                real(rows, first + 9),
                integer(rows, first + 10),
                real(rows, first + 11),
                real(rows, first + 12),
                real(rows, first + 13),
                integer(rows, first + 14));
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private static Double real(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }
}
