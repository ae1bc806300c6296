package org.limber.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.limber.settings.ServerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connecting to a practice's PostgreSQL server, and why it failed in words a person can act on. The
 * schema is this build's or nothing is done: a copy of the app never upgrades the schema the whole
 * practice shares as a side effect of connecting (ADR 9).
 */
final class PracticeServer {

    private static final Logger LOG = LoggerFactory.getLogger(PracticeServer.class);

    private PracticeServer() {
    }

    static Database connect(ServerAddress address, char[] password, boolean migrate) throws DatabaseOpenException {
        ServerDataSource source = new ServerDataSource(address, password);
        Connection connection = null;
        try {
            connection = source.getConnection();
            if (connection.getSchema() == null) {
                throw refused(address, DatabaseOpenException.Reason.NOT_SET_UP, "the schema does not exist");
            }
            int applied = Migrations.highestApplied(connection);
            int latest = Migrations.latest(Dialect.POSTGRESQL);
            if (applied > latest) {
                throw refused(address, DatabaseOpenException.Reason.NEWER_SCHEMA,
                        "schema " + applied + " is newer than this build's " + latest);
            }
            if (applied < latest) {
                if (!migrate) {
                    throw refused(address, applied == 0 ? DatabaseOpenException.Reason.NOT_SET_UP
                            : DatabaseOpenException.Reason.OLDER_SCHEMA, "schema " + applied + ", this build's " + latest);
                }
                LOG.info("Migrating the schema at {} from {} to {}", address, applied, latest);
                Migrations.migrate(source, Dialect.POSTGRESQL);
            }
            return new Database(source, connection);
        } catch (SQLException e) {
            Database.closeQuietly(connection);
            throw new DatabaseOpenException(address, reason(e), e.getMessage(), e);
        } catch (FlywayException e) {
            Database.closeQuietly(connection);
            throw new DatabaseOpenException(address, DatabaseOpenException.Reason.OTHER, e.getMessage(), e);
        } catch (DatabaseOpenException e) {
            Database.closeQuietly(connection);
            throw e;
        }
    }

    private static DatabaseOpenException refused(ServerAddress address, DatabaseOpenException.Reason reason,
            String detail) {
        return new DatabaseOpenException(address, reason, detail, null);
    }

    /**
     * From the SQL state (the driver's messages are translated, its states are not): class 08 is the
     * connection, 28 the server refusing the login, 3D a database that does not exist.
     */
    static DatabaseOpenException.Reason reason(SQLException e) {
        if (causedByTls(e)) {
            return DatabaseOpenException.Reason.NOT_TRUSTED;
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("08004")) {
            // "rejected": a password was needed and none given, or no TLS where the address requires it
            return String.valueOf(e.getMessage()).contains("SSL") ? DatabaseOpenException.Reason.NOT_TRUSTED
                    : DatabaseOpenException.Reason.WRONG_CREDENTIALS;
        }
        if (state.startsWith("28")) {
            return DatabaseOpenException.Reason.WRONG_CREDENTIALS;
        }
        if (state.startsWith("08") || state.equals("57P03")) {
            return DatabaseOpenException.Reason.UNREACHABLE;
        }
        if (state.equals("3D000") || state.equals("3F000")) {
            return DatabaseOpenException.Reason.NOT_SET_UP;
        }
        return DatabaseOpenException.Reason.OTHER;
    }

    /** A certificate that does not check out; by name, as the app itself uses no TLS classes. */
    private static boolean causedByTls(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("javax.net.ssl.") || name.startsWith("java.security.cert.")) {
                return true;
            }
        }
        return false;
    }
}
