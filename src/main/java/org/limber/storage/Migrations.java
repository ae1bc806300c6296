package org.limber.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Flyway migrations from {@code db/migration}. A file whose schema is newer than this build
 * knows is refused before anything is written to it.
 */
final class Migrations {

    static final String LOCATION = "classpath:org/limber/db/migration";
    /** The highest {@code V<n>__*.sql} this build ships; a test keeps it honest. */
    static final int LATEST = 6;

    private Migrations() {
    }

    static void migrate(DataSource dataSource, Path file) throws DatabaseOpenException {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.OTHER, e.getMessage(), e);
        }
    }

    static int highestApplied(DataSource dataSource, Path file) throws DatabaseOpenException {
        try (Connection c = dataSource.getConnection()) {
            try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
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
        } catch (SQLException e) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.DAMAGED, e.getMessage(), e);
        }
    }

    private static int major(String version) {
        try {
            return Integer.parseInt(version.split("\\.")[0].trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
