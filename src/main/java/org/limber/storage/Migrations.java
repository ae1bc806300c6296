package org.limber.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Flyway migrations: the scripts of {@code db/migration} run on both back ends; those of
 * {@code db/vendor/<vendor>} ({@link Dialect#vendor()}) only on theirs.
 * Versions are one sequence across both folders. A schema newer than this build knows is refused
 * before anything is written to it.
 */
final class Migrations {

    static final String LOCATION = "classpath:org/limber/db/migration";
    /** Outside {@link #LOCATION}, which Flyway reads with all its sub-folders. */
    static final String VENDOR_FOLDER = "org/limber/db/vendor/";
    /** The highest {@code V<n>__*.sql} of {@link #LOCATION}; a test keeps it honest. */
    static final int LATEST = 6;
    /** The highest of the {@code postgresql} folder (V6 is taken by a script for both). */
    static final int LATEST_POSTGRESQL = 7;

    private Migrations() {
    }

    /** The highest version this build brings a database of that kind to. */
    static int latest(Dialect dialect) {
        return dialect == Dialect.POSTGRESQL ? Math.max(LATEST, LATEST_POSTGRESQL) : LATEST;
    }

    static void migrate(DataSource dataSource, Path file) throws DatabaseOpenException {
        try {
            migrate(dataSource, Dialect.SQLITE);
        } catch (FlywayException e) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.OTHER, e.getMessage(), e);
        }
    }

    static void migrate(DataSource dataSource, Dialect dialect) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations(dialect))
                .load()
                .migrate();
    }

    /** The shared scripts, and the dialect's own folder when there is one (Flyway warns of a missing one). */
    static String[] locations(Dialect dialect) {
        String folder = VENDOR_FOLDER + dialect.vendor();
        return Migrations.class.getClassLoader().getResource(folder) == null ? new String[] {LOCATION}
                : new String[] {LOCATION, "classpath:" + folder};
    }

    static int highestApplied(DataSource dataSource, Path file) throws DatabaseOpenException {
        try (Connection c = dataSource.getConnection()) {
            return highestApplied(c);
        } catch (SQLException e) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.DAMAGED, e.getMessage(), e);
        }
    }

    /** 0 when Flyway has not run here; on a server, in the connection's own schema only. */
    static int highestApplied(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), "flyway_schema_history", null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        int highest = 0;
        try (ResultSet rs = c.createStatement().executeQuery(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                highest = Math.max(highest, major(rs.getString(1)));
            }
        }
        return highest;
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.split("\\.")[0].trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
