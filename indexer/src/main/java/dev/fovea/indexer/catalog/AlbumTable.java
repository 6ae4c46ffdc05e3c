package dev.fovea.indexer.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * SQL over the {@code albums} and {@code album_photos} tables. Albums hold content hashes, not photo ids or
 * paths, so a photo stays in its albums when it is moved, renamed or indexed again.
 */
public final class AlbumTable {
    private static final String LISTED = "SELECT a.id, a.name,"
            + " (SELECT count(*) FROM album_photos m WHERE m.album_id = a.id"
            + "   AND EXISTS (SELECT 1 FROM photos p WHERE p.content_hash = m.content_hash AND p.status = 'indexed')),"
            + " (SELECT m.content_hash FROM album_photos m WHERE m.album_id = a.id"
            + "   AND EXISTS (SELECT 1 FROM photos p WHERE p.content_hash = m.content_hash AND p.status = 'indexed')"
            + "   ORDER BY m.added_at DESC, m.content_hash LIMIT 1),"
            + " a.query, a.filters"
            + " FROM albums a";

    private AlbumTable() {}

    /** Every album in the user's order; albums never moved (position 0) keep their names' order. */
    public static List<AlbumRow> all(Connection connection) throws SQLException {
        List<AlbumRow> albums = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement(LISTED + " ORDER BY a.position, a.name COLLATE NOCASE");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                albums.add(album(rows));
            }
        }
        return albums;
    }

    /** The album of that name, compared without case as the names are unique. */
    public static Optional<AlbumRow> byName(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LISTED + " WHERE a.name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(album(rows)) : Optional.empty();
            }
        }
    }

    /** A new album, last in the user's order; {@code query} and {@code filters} are null for one made by hand. */
    public static long insert(Connection connection, String name, String query, String filters, long now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO albums (name, query, filters, created_at, position)"
                        + " VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM albums))",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, query);
            insert.setString(3, filters);
            insert.setLong(4, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static void updateSearch(Connection connection, long albumId, String query, String filters)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE albums SET query = ?, filters = ? WHERE id = ?")) {
            update.setString(1, query);
            update.setString(2, filters);
            update.setLong(3, albumId);
            update.executeUpdate();
        }
    }

    /** Writes the user's order: {@code albumIds} first to last. */
    public static void reorder(Connection connection, List<Long> albumIds) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE albums SET position = ? WHERE id = ?")) {
            for (int i = 0; i < albumIds.size(); i++) {
                update.setInt(1, i + 1);
                update.setLong(2, albumIds.get(i));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    public static void rename(Connection connection, long albumId, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE albums SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setLong(2, albumId);
            update.executeUpdate();
        }
    }

    /** Deletes the album and its list of photos; the photos themselves stay in the library. */
    public static void delete(Connection connection, long albumId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM albums WHERE id = ?")) {
            delete.setLong(1, albumId);
            delete.executeUpdate();
        }
    }

    /** Adds photos by content hash and returns how many were not in the album yet. */
    public static int add(Connection connection, long albumId, Collection<String> hashes, long now)
            throws SQLException {
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO album_photos (album_id, content_hash, added_at) VALUES (?, ?, ?)")) {
            for (String hash : hashes) {
                insert.setLong(1, albumId);
                insert.setString(2, hash);
                insert.setLong(3, now);
                added += insert.executeUpdate();
            }
        }
        return added;
    }

    /** Removes photos by content hash and returns how many were in the album. */
    public static int remove(Connection connection, long albumId, Collection<String> hashes) throws SQLException {
        int removed = 0;
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM album_photos WHERE album_id = ? AND content_hash = ?")) {
            for (String hash : hashes) {
                delete.setLong(1, albumId);
                delete.setString(2, hash);
                removed += delete.executeUpdate();
            }
        }
        return removed;
    }

    /** The content hashes in the album, whether or not their files are still in the library. */
    public static List<String> hashes(Connection connection, long albumId) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT content_hash FROM album_photos WHERE album_id = ? ORDER BY added_at, content_hash")) {
            select.setLong(1, albumId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
        }
        return hashes;
    }

    /** The album's indexed photos in the order they were added; a photo kept in two places is listed twice. */
    public static List<PhotoRow> photos(Connection connection, long albumId) throws SQLException {
        List<PhotoRow> photos = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + PhotoTable.COLUMNS
                + " FROM album_photos m JOIN photos p ON p.content_hash = m.content_hash"
                + " WHERE m.album_id = ? AND p.status = 'indexed' ORDER BY m.added_at, p.path")) {
            select.setLong(1, albumId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    photos.add(PhotoTable.row(rows));
                }
            }
        }
        return photos;
    }

    private static AlbumRow album(ResultSet rows) throws SQLException {
        return new AlbumRow(
                rows.getLong(1),
                rows.getString(2),
                rows.getLong(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6));
    }
}
