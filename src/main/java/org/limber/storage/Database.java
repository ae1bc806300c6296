package org.limber.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
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

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
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
        Path file = dataDir.resolve(FILE_NAME);
        DatabaseFile.checkFolder(dataDir, file);
        DatabaseFile.checkHeader(file);
        boolean existing = DatabaseFile.isNonEmpty(file);
        if (existing && !DatabaseFile.quickCheck(file)) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.DAMAGED,
                    "it failed SQLite's quick check", null);
        }
        SQLiteDataSource dataSource = dataSource(file);
        Backups backups = new Backups(dataDir, clock);
        Connection connection = null;
        try {
            int applied = existing ? Migrations.highestApplied(dataSource, file) : 0;
            if (applied > Migrations.LATEST) {
                throw new DatabaseOpenException(file, DatabaseOpenException.Reason.NEWER_SCHEMA,
                        "it was written by a newer version of Limber (schema " + applied + ", this one knows "
                                + Migrations.LATEST + ")", null);
            }
            connection = dataSource.getConnection();
            restrictToOwner(file);
            if (existing && applied > 0 && applied < Migrations.LATEST) {
                backupQuietly(backups, connection, "premigration");
            }
            Migrations.migrate(dataSource, file);
            dailyQuietly(backups, connection);
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path extra = file.resolveSibling(FILE_NAME + suffix);
                if (Files.exists(extra)) {
                    restrictToOwner(extra);
                }
            }
            return new Database(file, connection);
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

    /** Runs the work with the connection held by this thread only. */
    public <T> T read(SqlWork<T> work) throws StorageException {
        lock.lock();
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StorageException(describe(e), e);
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
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(describe(e), e);
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

    private static void dailyQuietly(Backups backups, Connection connection) {
        try {
            backups.daily(connection);
        } catch (SQLException | IOException e) {
            LOG.warn("The daily backup could not be made: {}", e.getMessage());
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

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("Could not restrict permissions of {}: {}", file, e.getMessage());
        }
    }

    private static String describe(SQLException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
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
