package org.limber.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.limber.io.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite file, {@code limber.db}. One connection, used by one thread at a time, is the
 * single writer. Every connection runs with foreign keys on, WAL, synchronous FULL and a busy
 * timeout. Opening never alters a file that is not a SQLite database.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "limber.db";
    static final int BUSY_TIMEOUT_MS = 5000;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final Optional<Restore.Outcome> interruptedRestore;
    private final Backups backups;

    private Database(Path file, Connection connection, Optional<Restore.Outcome> interruptedRestore, Backups backups) {
        this.file = file;
        this.backups = backups;
        this.connection = connection;
        this.interruptedRestore = interruptedRestore;
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
        Database db = open(dataDir, clock, true);
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
        return open(dataDir, clock, false);
    }

    private static Database open(Path dataDir, Clock clock, boolean checkNow) throws DatabaseOpenException {
        Path file = dataDir.resolve(FILE_NAME);
        OpenChecks.checkFolder(dataDir, file);
        Optional<Restore.Outcome> interrupted = recoverRestore(dataDir, clock, file);
        OpenChecks.checkHeader(file);
        boolean existing = OpenChecks.isNonEmpty(file);
        if (!existing) {
            OpenChecks.createPrivately(file);
        }
        SQLiteDataSource dataSource = dataSource(file);
        Backups backups = new Backups(dataDir, clock);
        Connection connection = null;
        try {
            // read on a read-only connection: opening with our pragmas would switch a refused file to WAL
            int applied = existing ? Migrations.highestApplied(OpenChecks.readOnly(file), file) : 0;
            if (applied > Migrations.LATEST) {
                throw new DatabaseOpenException(file, DatabaseOpenException.Reason.NEWER_SCHEMA,
                        "it was written by a newer version of Limber (schema " + applied + ", this one knows "
                                + Migrations.LATEST + ")", null);
            }
            boolean migrating = existing && applied > 0 && applied < Migrations.LATEST;
            if (existing && (checkNow || migrating)) {
                quickCheck(file);
            }
            connection = dataSource.getConnection();
            OpenChecks.restrictToOwner(file);
            if (migrating) {
                backupQuietly(backups, connection, "premigration");
            }
            Migrations.migrate(dataSource, file);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path extra = file.resolveSibling(FILE_NAME + suffix);
                if (Files.exists(extra)) {
                    OpenChecks.restrictToOwner(extra);
                }
            }
            return new Database(file, connection, interrupted, backups);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.OTHER, e.getMessage(), e);
        } catch (DatabaseOpenException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * quick_check, then the day's backup (once a day), each on a read-only connection of its
     * own: safe on any thread, beside the writer. Throws when the file is damaged (no backup of
     * a damaged file is made then).
     */
    public void maintain() throws DatabaseOpenException {
        quickCheck(file);
        dailyBackup();
    }

    private void dailyBackup() {
        try (Connection reader = OpenChecks.readOnly(file).getConnection()) {
            backups.daily(reader);
        } catch (SQLException | IOException e) {
            LOG.warn("The daily backup could not be made: {}", e.getMessage());
        }
    }

    private static void quickCheck(Path file) throws DatabaseOpenException {
        if (!OpenChecks.quickCheck(file)) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.DAMAGED,
                    "it failed SQLite's quick check", null);
        }
    }

    /** What this start did about a restore that a kill interrupted, for the person to be told; usually empty. */
    public Optional<Restore.Outcome> interruptedRestore() {
        return interruptedRestore;
    }

    private static Optional<Restore.Outcome> recoverRestore(Path dataDir, Clock clock, Path file)
            throws DatabaseOpenException {
        try {
            return new Restore(dataDir, clock).recover();
        } catch (IOException e) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.OTHER,
                    "an interrupted restore could not be finished (" + e.getMessage() + ")", e);
        }
    }

    /** Runs the work with the connection held by this thread only. */
    public <T> T read(SqlWork<T> work) throws StorageException {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw WriteFailure.of(e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs the work in one transaction: all of it is written, or none. */
    public <T> T write(SqlWork<T> work) throws StorageException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw WriteFailure.of(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }

    private static void backupQuietly(Backups backups, Connection connection, String kind) {
        try {
            backups.make(connection, kind);
        } catch (SQLException | IOException e) {
            LOG.warn("The {} backup could not be made: {}", kind, e.getMessage());
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /**
     * SQLite has already rolled back after some failures (a full disk): then rolling back fails
     * too, and that second error must not hide the first, which says what happened.
     */
    private void rollbackKeeping(Exception first) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            first.addSuppressed(e);
            // the driver still counts a transaction open: give it an empty one to close, or the
            // next write would run without one, statement by statement
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN");
            } catch (SQLException again) {
                first.addSuppressed(again);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
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
