package org.limber.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work against the one connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
