package org.limber.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.limber.io.StorageException;
import org.limber.settings.ServerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limber's data: the one SQLite file {@code limber.db} in the data folder ({@link #open}), or a
 * practice's PostgreSQL server ({@link #connect}). One connection, used by one thread at a time, is
 * the single writer of this copy of the app; every multi-statement write is one transaction. The
 * stores' SQL is the same on both ({@link Dialect}).
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "limber.db";
    static final int BUSY_TIMEOUT_MS = 5000;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Dialect dialect;
    private final Path file;
    private final DataSource server;
    private final ReentrantLock lock = new ReentrantLock();
    private final Optional<Restore.Outcome> interruptedRestore;
    private final Backups backups;
    private Connection connection;
    private boolean closed;

    /** The SQLite file. */
    Database(Path file, Connection connection, Optional<Restore.Outcome> interruptedRestore, Backups backups) {
        this.dialect = Dialect.SQLITE;
        this.file = file;
        this.server = null;
        this.backups = backups;
        this.connection = connection;
        this.interruptedRestore = interruptedRestore;
    }

    /** A server: a connection the server or the network closed is made again from {@code server} at the next call. */
    Database(DataSource server, Connection connection) {
        this.dialect = Dialect.POSTGRESQL;
        this.file = null;
        this.server = server;
        this.backups = null;
        this.connection = connection;
        this.interruptedRestore = Optional.empty();
    }

    /** Opens (creating if needed) and migrates {@code DIR/limber.db}. */
    public static Database open(Path dataDir) throws DatabaseOpenException {
        return open(dataDir, Clock.systemDefaultZone());
    }

    /**
     * Opens {@code DIR/limber.db}: refuses a file that is not a database or fails quick_check
     * (without writing to it), backs it up before a migration, migrates, and makes the day's backup.
     */
    public static Database open(Path dataDir, Clock clock) throws DatabaseOpenException {
        Database db = LocalFile.open(dataDir, clock, true);
        db.dailyBackup();
        return db;
    }

    /**
     * Opens like {@link #open(Path, java.time.Clock)} but leaves the two steps whose time grows
     * with the data (quick_check and the day's backup) to {@link #maintain()}, which the app runs
     * on a thread of its own once it is ready. A file with a schema to migrate is still checked
     * and backed up first.
     */
    public static Database openDeferringChecks(Path dataDir, Clock clock) throws DatabaseOpenException {
        return LocalFile.open(dataDir, clock, false);
    }

    /**
     * Connects to a practice server. {@code password} may be null: the driver then looks in
     * {@code PGPASSFILE} or {@code ~/.pgpass}. Its schema must be this build's, unless {@code migrate}
     * (the practice's setup, the tests) brings an older one up to date. Refusals name a server reason of
     * {@link DatabaseOpenException.Reason}: unreachable, wrong credentials, older or newer schema...
     */
    public static Database connect(ServerAddress address, char[] password, boolean migrate)
            throws DatabaseOpenException {
        return PracticeServer.connect(address, password, migrate);
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The SQLite file; null on a server. */
    public Path file() {
        return file;
    }

    /**
     * quick_check, then the day's backup (once a day), each on a read-only connection of its
     * own: safe on any thread, beside the writer. Throws when the file is damaged (no backup of
     * a damaged file is made then). Nothing on a server: that is its administrator's.
     */
    public void maintain() throws DatabaseOpenException {
        if (file == null) {
            return;
        }
        LocalFile.quickCheck(file);
        dailyBackup();
    }

    private void dailyBackup() {
        try (Connection reader = OpenChecks.readOnly(file).getConnection()) {
            backups.daily(reader);
        } catch (SQLException | IOException e) {
            LOG.warn("The daily backup could not be made: {}", e.getMessage());
        }
    }

    /** What this start did about a restore that a kill interrupted, for the person to be told; usually empty. */
    public Optional<Restore.Outcome> interruptedRestore() {
        return interruptedRestore;
    }

    /** Runs the work with the connection held by this thread only. */
    public <T> T read(SqlWork<T> work) throws StorageException {
        lock.lock();
        try {
            return work.apply(live());
        } catch (SQLException e) {
            throw WriteFailure.of(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads in one transaction, for work that steps through many rows: one consistent view on both
     * back ends, and on a server the rows arrive a fetch at a time (the driver holds them all
     * otherwise). Nothing is written.
     */
    public <T> T readThrough(SqlWork<T> work) throws StorageException {
        return write(c -> {
            T result = work.apply(c);
            c.rollback();
            return result;
        });
    }

    /** Runs the work in one transaction: all of it is written, or none. */
    public <T> T write(SqlWork<T> work) throws StorageException {
        lock.lock();
        try {
            Connection c = live();
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(c, e);
                throw e;
            } finally {
                if (!c.isClosed()) {
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw WriteFailure.of(e);
        } finally {
            lock.unlock();
        }
    }

    /** The connection; on a server, a new one when the last was lost (the server restarted, the network dropped). */
    private Connection live() throws SQLException {
        if (closed) {
            // "connection closed": a call after close is NOT_OPEN on both back ends (WriteFailure)
            throw new SQLException("connection closed");
        }
        if (server != null && connection.isClosed()) {
            LOG.info("The connection to the practice server was lost; connecting again");
            connection = server.getConnection();
        }
        return connection;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A failed rollback must not hide the first error, which says what happened. SQLite has already
     * rolled back after some failures (a full disk): then rolling back fails too, and the driver still
     * counts a transaction open: give it an empty one to close, or the next write would run without one.
     */
    private void rollbackKeeping(Connection c, Exception first) {
        try {
            c.rollback();
        } catch (SQLException e) {
            first.addSuppressed(e);
            if (!dialect.needsBeginAfterFailedRollback()) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN");
            } catch (SQLException again) {
                first.addSuppressed(again);
            }
        }
    }

    static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing the connection failed", e);
        }
    }
}
