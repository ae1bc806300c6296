package org.limber.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opening the SQLite file: every connection runs with foreign keys on, WAL, synchronous FULL and a busy
 * timeout; a file that is not a SQLite database, is damaged or has a newer schema is refused without
 * being written to; a file to migrate is backed up first.
 */
final class LocalFile {

    private static final Logger LOG = LoggerFactory.getLogger(LocalFile.class);

    private LocalFile() {
    }

    static Database open(Path dataDir, Clock clock, boolean checkNow) throws DatabaseOpenException {
        Path file = dataDir.resolve(Database.FILE_NAME);
        OpenChecks.checkFolder(dataDir, file);
        Optional<Restore.Outcome> interrupted = recoverRestore(dataDir, clock, file);
        OpenChecks.checkHeader(file);
        boolean existing = OpenChecks.isNonEmpty(file);
        if (!existing) {
            OpenChecks.createPrivately(file);
        }
        SQLiteDataSource dataSource = dataSource(file);
        Backups backups = new Backups(dataDir, clock);
        int latest = Migrations.latest(Dialect.SQLITE);
        Connection connection = null;
        try {
            // read on a read-only connection: opening with our pragmas would switch a refused file to WAL
            int applied = existing ? Migrations.highestApplied(OpenChecks.readOnly(file), file) : 0;
            if (applied > latest) {
                throw new DatabaseOpenException(file, DatabaseOpenException.Reason.NEWER_SCHEMA,
                        "it was written by a newer version of Limber (schema " + applied + ", this one knows "
                                + latest + ")", null);
            }
            boolean migrating = existing && applied > 0 && applied < latest;
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
                Path extra = file.resolveSibling(Database.FILE_NAME + suffix);
                if (Files.exists(extra)) {
                    OpenChecks.restrictToOwner(extra);
                }
            }
            return new Database(file, connection, interrupted, backups);
        } catch (SQLException e) {
            Database.closeQuietly(connection);
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.OTHER, e.getMessage(), e);
        } catch (DatabaseOpenException e) {
            Database.closeQuietly(connection);
            throw e;
        }
    }

    static void quickCheck(Path file) throws DatabaseOpenException {
        if (!OpenChecks.quickCheck(file)) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.DAMAGED,
                    "it failed SQLite's quick check", null);
        }
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
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }
}
