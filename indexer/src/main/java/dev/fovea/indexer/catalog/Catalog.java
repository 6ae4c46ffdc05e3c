package dev.fovea.indexer.catalog;

import dev.fovea.indexer.thread.IndexerThreads;
import dev.fovea.search.FoveaException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The SQLite catalog, the library's source of truth. All writes run one after another on a single writer
 * thread, each as one transaction; reads use their own connection and, thanks to WAL, never wait for a
 * write. With {@code synchronous=NORMAL} in WAL mode a committed transaction survives the process being
 * killed (only a power cut can lose the last few), which is what crash safety here relies on.
 */
public final class Catalog implements AutoCloseable {
    /** How long a connection waits for another process's lock before it fails. */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    static {
        // Before the first connection, at which sqlite-jdbc loads its native library.
        SqliteNatives.prepare();
    }

    private final Path file;
    private final Connection writeConnection;
    private final Connection readConnection;
    private final ReentrantLock readLock = new ReentrantLock();
    private final ExecutorService writer;

    private Catalog(Path file, Connection writeConnection, Connection readConnection) {
        this.file = file;
        this.writeConnection = writeConnection;
        this.readConnection = readConnection;
        this.writer = IndexerThreads.catalogWriter();
    }

    public static Catalog open(Path file) {
        if (Files.isRegularFile(file)
                && !(Files.isWritable(file)
                        && Files.isWritable(file.toAbsolutePath().getParent()))) {
            return openReadOnly(file);
        }
        try {
            OwnerOnly.home(file.toAbsolutePath().getParent());
            OwnerOnly.file(file);
        } catch (java.io.IOException e) {
            throw new FoveaException(
                    "Cannot create the folder for the catalog " + file + ": " + e.getMessage()
                            + ". Check that the Fovea home folder is writable.",
                    e);
        }
        Connection write = null;
        try {
            write = connectWhenFree(file);
            migrate(file, write);
            Connection read = connect(file, true);
            return new Catalog(file, write, read);
        } catch (SQLException e) {
            closeQuietly(write);
            throw failure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(write);
            throw e;
        }
    }

    /**
     * A catalog on a read-only share or backup disk: both connections only read, so status, search and verify
     * work, and a write fails saying the home is not writable.
     */
    private static Catalog openReadOnly(Path file) {
        Connection write = null;
        try {
            write = connectReadOnly(file);
            int version = version(write);
            if (version != CatalogMigrations.STEPS.size()) {
                throw new FoveaException("The catalog " + file + " is read-only and was written by another version of"
                        + " Fovea (schema " + version + ", this one uses " + CatalogMigrations.STEPS.size()
                        + "). Open it once where it is writable, or use the Fovea that wrote it.");
            }
            return new Catalog(file, write, connectReadOnly(file));
        } catch (SQLException e) {
            closeQuietly(write);
            throw failure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(write);
            throw e;
        }
    }

    /** Runs a read on the shared read connection; it sees the last committed state. */
    public <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            return work.run(readConnection);
        } catch (SQLException e) {
            throw failure(file, e);
        } finally {
            readLock.unlock();
        }
    }

    /** Runs the work as one transaction on the writer thread and waits for it: all of it commits, or none. */
    public <T> T write(SqlWork<T> work) {
        Future<T> result = writer.submit(() -> inTransaction(work));
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FoveaException("Interrupted while writing the catalog " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Runs the work in one transaction. When the work or its commit fails, that failure is what is reported:
     * SQLite may already have rolled back on its own (a full disk does that), so the cleanup that follows can
     * fail too, and its exception is only attached as suppressed.
     */
    private <T> T inTransaction(SqlWork<T> work) {
        T value;
        try {
            writeConnection.setAutoCommit(false);
            value = work.run(writeConnection);
            writeConnection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                writeConnection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            try {
                writeConnection.setAutoCommit(true);
            } catch (SQLException reset) {
                e.addSuppressed(reset);
            }
            throw e instanceof SQLException sql ? failure(file, sql) : (RuntimeException) e;
        }
        try {
            writeConnection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure(file, e);
        }
        return value;
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readLock.lock();
        try {
            closeQuietly(readConnection);
        } finally {
            readLock.unlock();
        }
        closeQuietly(writeConnection);
    }

    /**
     * The writing connection. Opening a new catalog turns it to WAL, which needs the file to itself: a second process
     * opening it at that moment (a {@code fovea status} while {@code fovea index} starts) gets SQLITE_BUSY at once,
     * as SQLite returns it rather than wait where waiting could deadlock. It tries again, as long as the busy timeout
     * would have waited.
     */
    private static Connection connectWhenFree(Path file) throws SQLException {
        long deadline = System.nanoTime() + BUSY_TIMEOUT_MILLIS * 1_000_000L;
        while (true) {
            try {
                return connect(file, false);
            } catch (SQLiteException e) {
                if (e.getResultCode() != SQLiteErrorCode.SQLITE_BUSY || System.nanoTime() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLiteException("Interrupted while the catalog was busy", SQLiteErrorCode.SQLITE_BUSY);
            }
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // A write takes the lock when it begins rather than at its first change, so a second process waits
            // (busy timeout) instead of failing on a lock it cannot upgrade.
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /**
     * SQLite reads a WAL database only with its shared-memory file, which a read-only folder cannot get; a
     * catalog closed cleanly has no write-ahead log, so it is opened as immutable, which needs none.
     */
    private static Connection connectReadOnly(Path file) throws SQLException {
        if (Files.exists(Path.of(file + "-wal"))) {
            return connect(file, true);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
    }

    /**
     * Brings the schema up to date. Two processes can open a new home at once (a {@code fovea status} while
     * {@code fovea index} starts), so the version is read again inside an immediate transaction, which holds
     * SQLite's write lock: the first runs the steps, the other waits and finds them done.
     */
    private static void migrate(Path file, Connection connection) throws SQLException {
        int latest = CatalogMigrations.STEPS.size();
        if (version(connection) == latest) {
            return;
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            int version = version(connection);
            if (version > latest) {
                throw new FoveaException("The catalog " + file + " was written by a newer Fovea (schema " + version
                        + ", this one knows up to " + latest + "). Update Fovea, or use another --home.");
            }
            for (int step = version; step < latest; step++) {
                for (String sql : CatalogMigrations.STEPS.get(step).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            statement.execute("PRAGMA user_version = " + latest);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.getInt(1);
        }
    }

    static FoveaException failure(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB) {
                return new FoveaException(
                        "The catalog " + file + " is damaged (" + code.message + "). Move it aside"
                                + " and run 'fovea index' again to rebuild it from your photos.",
                        e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL
                    || (code.name().startsWith("SQLITE_IOERR") && DiskSpace.isNearlyFull(file))) {
                return DiskSpace.full(file.toAbsolutePath().getParent(), e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN) {
                return new FoveaException(
                        "Cannot write the catalog " + file + " (" + code.message
                                + "). Check that the Fovea home folder is writable.",
                        e);
            }
        }
        return new FoveaException("Catalog " + file + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing is best effort; the data is already committed
            }
        }
    }
}
