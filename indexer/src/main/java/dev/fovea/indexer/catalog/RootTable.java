package dev.fovea.indexer.catalog;

import dev.fovea.indexer.scan.LibraryRoot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** SQL over the {@code roots} and {@code scan_problems} tables. */
public final class RootTable {
    private RootTable() {}

    /** How the last scan of a root ended, for status output. */
    public record ScanState(
            LibraryRoot root, Long lastScanMillis, String lastScan, long ignoredFiles, List<String> problems) {}

    /**
     * Adds a folder. A folder inside one already in the library adds nothing (it is covered); one that contains
     * library folders takes their photos over, so a photo always belongs to exactly one root.
     */
    public static LibraryRoot add(
            Connection connection, Path path, List<String> includes, List<String> excludes, long now)
            throws SQLException {
        List<LibraryRoot> existing = RootTable.all(connection);
        for (LibraryRoot root : existing) {
            if (path.startsWith(root.path())) {
                if (path.equals(root.path()) && (!includes.isEmpty() || !excludes.isEmpty())) {
                    RootTable.updatePatterns(connection, root.id(), includes, excludes);
                    return new LibraryRoot(root.id(), root.path(), includes, excludes);
                }
                return root;
            }
        }
        LibraryRoot added = RootTable.insert(connection, path, includes, excludes, now);
        for (LibraryRoot root : existing) {
            if (root.path().startsWith(path)) {
                RootTable.mergeInto(connection, root.id(), added.id());
            }
        }
        return added;
    }

    public static List<LibraryRoot> all(Connection connection) throws SQLException {
        List<LibraryRoot> roots = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT id, path, includes, excludes FROM roots ORDER BY path");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                roots.add(root(rows));
            }
        }
        return roots;
    }

    public static LibraryRoot insert(
            Connection connection, Path path, List<String> includes, List<String> excludes, long now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO roots (path, includes, excludes, added_at) VALUES (?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, path.toString());
            insert.setString(2, String.join("\n", includes));
            insert.setString(3, String.join("\n", excludes));
            insert.setLong(4, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new LibraryRoot(keys.getLong(1), path, includes, excludes);
            }
        }
    }

    public static void updatePatterns(Connection connection, long rootId, List<String> includes, List<String> excludes)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE roots SET includes = ?, excludes = ? WHERE id = ?")) {
            update.setString(1, String.join("\n", includes));
            update.setString(2, String.join("\n", excludes));
            update.setLong(3, rootId);
            update.executeUpdate();
        }
    }

    /** Moves the photos of {@code from} under {@code to} (a root added above an existing one) and drops {@code from}. */
    public static void mergeInto(Connection connection, long from, long to) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement("UPDATE photos SET root_id = ? WHERE root_id = ?")) {
            move.setLong(1, to);
            move.setLong(2, from);
            move.executeUpdate();
        }
        delete(connection, from);
    }

    public static void delete(Connection connection, long rootId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM roots WHERE id = ?")) {
            delete.setLong(1, rootId);
            delete.executeUpdate();
        }
    }

    public static void recordScan(Connection connection, long rootId, String outcome, long ignoredFiles, long now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE roots SET last_scan_at = ?, last_scan = ?, ignored_files = ? WHERE id = ?")) {
            update.setLong(1, now);
            update.setString(2, outcome);
            update.setLong(3, ignoredFiles);
            update.setLong(4, rootId);
            update.executeUpdate();
        }
    }

    public static void replaceProblems(
            Connection connection, long rootId, Path below, List<String[]> pathAndProblem, long now)
            throws SQLException {
        String prefix = below + below.getFileSystem().getSeparator();
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM scan_problems WHERE root_id = ? AND (path = ? OR substr(path, 1, ?) = ?)")) {
            delete.setLong(1, rootId);
            delete.setString(2, below.toString());
            delete.setInt(3, prefix.length());
            delete.setString(4, prefix);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO scan_problems (root_id, path, problem, seen_at) VALUES (?, ?, ?, ?)")) {
            for (String[] problem : pathAndProblem) {
                insert.setLong(1, rootId);
                insert.setString(2, problem[0]);
                insert.setString(3, problem[1]);
                insert.setLong(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public static List<ScanState> scanStates(Connection connection) throws SQLException {
        List<ScanState> states = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, path, includes, excludes, last_scan_at, last_scan, ignored_files FROM roots ORDER BY path");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                LibraryRoot root = root(rows);
                long at = rows.getLong(5);
                Long lastScanAt = rows.wasNull() ? null : at;
                states.add(new ScanState(
                        root, lastScanAt, rows.getString(6), rows.getLong(7), problems(connection, root.id())));
            }
        }
        return states;
    }

    private static List<String> problems(Connection connection, long rootId) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT path, problem FROM scan_problems WHERE root_id = ? ORDER BY path")) {
            select.setLong(1, rootId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    problems.add(rows.getString(1) + ": " + rows.getString(2));
                }
            }
        }
        return problems;
    }

    private static LibraryRoot root(ResultSet rows) throws SQLException {
        return new LibraryRoot(
                rows.getLong(1), Path.of(rows.getString(2)), patterns(rows.getString(3)), patterns(rows.getString(4)));
    }

    private static List<String> patterns(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }
}
