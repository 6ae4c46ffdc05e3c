package dev.fovea.indexer.catalog;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of catalog work on a connection: a read, or one whole write transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
