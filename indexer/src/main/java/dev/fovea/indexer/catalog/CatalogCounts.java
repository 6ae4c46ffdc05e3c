package dev.fovea.indexer.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counting queries for status output and the catalog's own consistency checks. */
public final class CatalogCounts {
    private CatalogCounts() {}

    /** @param indexedExact indexed photos whose embedding came from the exact decode ({@code fovea index --exact}) */
    public record Counts(
            long files,
            long indexed,
            long indexedExact,
            long pending,
            Map<String, Long> skipped,
            Map<Long, RootCounts> perRoot) {}

    public record RootCounts(long photos, long indexed, long pending, long skipped) {}

    public static Counts counts(Connection connection) throws SQLException {
        long indexed = 0;
        long pending = 0;
        long files = 0;
        Map<String, Long> skipped = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT status, COALESCE(skip_reason, 'unknown'), COUNT(*) FROM photos GROUP BY status, skip_reason");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long count = rows.getLong(3);
                files += count;
                switch (PhotoStatus.fromSql(rows.getString(1))) {
                    case INDEXED -> indexed += count;
                    case PENDING -> pending += count;
                    case SKIPPED -> skipped.merge(rows.getString(2), count, Long::sum);
                }
            }
        }
        Map<Long, RootCounts> perRoot = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT root_id, COUNT(*), SUM(status = 'indexed'),"
                        + " SUM(status = 'pending'), SUM(status = 'skipped') FROM photos GROUP BY root_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                perRoot.put(
                        rows.getLong(1),
                        new RootCounts(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
            }
        }
        long indexedExact;
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM photos p JOIN embeddings e"
                        + " ON e.content_hash = p.content_hash AND e.model_id = p.model_id"
                        + " WHERE p.status = 'indexed' AND e.exact = 1");
                ResultSet rows = select.executeQuery()) {
            indexedExact = rows.next() ? rows.getLong(1) : 0;
        }
        return new Counts(files, indexed, indexedExact, pending, skipped, perRoot);
    }

    /** Sentences describing rows that contradict each other; empty when the catalog is sound. */
    public static List<String> problems(Connection connection) throws SQLException {
        List<String> problems = new ArrayList<>();
        count(
                connection,
                problems,
                "SELECT COUNT(*) FROM photos p WHERE p.status = 'indexed' AND NOT EXISTS (SELECT 1 FROM embeddings e"
                        + " WHERE e.content_hash = p.content_hash AND e.model_id = p.model_id)",
                "photos are marked indexed but have no embedding");
        count(
                connection,
                problems,
                "SELECT COUNT(*) FROM photos WHERE status = 'skipped' AND skip_reason IS NULL",
                "photos are skipped without a reason");
        count(
                connection,
                problems,
                "SELECT COUNT(*) FROM embeddings e JOIN vector_indexes v ON v.model_id = e.model_id"
                        + " WHERE e.dims != v.dims OR length(e.vector) != 4 * e.dims",
                "embeddings have the wrong number of dimensions");
        count(
                connection,
                problems,
                "SELECT COUNT(*) FROM photos p WHERE NOT EXISTS (SELECT 1 FROM roots r WHERE r.id = p.root_id)",
                "photos belong to no library folder");
        return problems;
    }

    public static long pending(Connection connection) throws SQLException {
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT COUNT(*) FROM photos WHERE status = 'pending'");
                ResultSet rows = select.executeQuery()) {
            return rows.getLong(1);
        }
    }

    public static Map<String, Integer> vectorIndexes(Connection connection) throws SQLException {
        Map<String, Integer> models = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT model_id, dims FROM vector_indexes");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                models.put(rows.getString(1), rows.getInt(2));
            }
        }
        return models;
    }

    /** Skipped files, most recently processed first. */
    public static List<SkippedFile> skipped(Connection connection, int limit) throws SQLException {
        List<SkippedFile> skipped = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT path, skip_reason, skip_detail FROM photos WHERE status = 'skipped' ORDER BY updated_at DESC, path LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    skipped.add(
                            new SkippedFile(StoredPath.path(rows.getString(1)), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return skipped;
    }

    /** A file that could not be indexed, with the machine reason and a sentence for people. */
    public record SkippedFile(java.nio.file.Path path, String reason, String detail) {}

    /** Distinct non-null values of a photo column, sorted: cameras, file types, lenses for filter choices. */
    public static List<String> distinct(Connection connection, String column) throws SQLException {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException(column);
        }
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT DISTINCT " + column + " FROM photos WHERE " + column + " IS NOT NULL ORDER BY 1");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Distinct cameras: the model, with the make before it unless the model names it already ("Canon EOS R6"). */
    public static List<String> cameras(Connection connection) throws SQLException {
        Set<String> cameras = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT DISTINCT TRIM(COALESCE(camera_make, '')),"
                                + " TRIM(COALESCE(camera_model, '')) FROM photos WHERE camera_make IS NOT NULL OR camera_model IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String make = rows.getString(1);
                String model = rows.getString(2);
                String name = model.toLowerCase(Locale.ROOT).startsWith(make.toLowerCase(Locale.ROOT))
                        ? model
                        : (make + " " + model).strip();
                if (!name.isEmpty()) {
                    cameras.add(name);
                }
            }
        }
        return List.copyOf(cameras);
    }

    public static List<java.nio.file.Path> folders(Connection connection) throws SQLException {
        List<java.nio.file.Path> folders = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT DISTINCT folder FROM photos ORDER BY folder");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                folders.add(StoredPath.path(rows.getString(1)));
            }
        }
        return folders;
    }

    private static void count(Connection connection, List<String> problems, String sql, String what)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            long count = rows.getLong(1);
            if (count > 0) {
                problems.add(count + " " + what + ".");
            }
        }
    }
}
