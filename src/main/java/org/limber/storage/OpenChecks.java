package org.limber.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.limber.io.PrivateFiles;
import java.nio.file.attribute.PosixFilePermissions;
import org.limber.io.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** What {@link Database#open} checks before it writes anything: the folder, the file's header, its health. */
final class OpenChecks {

    private static final Logger LOG = LoggerFactory.getLogger(OpenChecks.class);
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private OpenChecks() {
    }

    static boolean isNonEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** quick_check on a read-only connection, so a damaged file is never written to. */
    static boolean quickCheck(Path file) {
        try (Connection c = readOnly(file).getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() && "ok".equalsIgnoreCase(rs.getString(1));
        } catch (SQLException e) {
            LOG.warn("quick_check of {} failed: {}", file, e.getMessage());
            return false;
        }
    }

    static void checkFolder(Path dataDir, Path file) throws DatabaseOpenException {
        try {
            PrivateFiles.ownFolder(dataDir);
        } catch (IOException e) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.FOLDER_NOT_WRITABLE,
                    "the folder cannot be created (" + e.getMessage() + ")", e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.FOLDER_NOT_WRITABLE,
                    "the folder is not writable", null);
        }
        if (Files.exists(file) && !(Files.isReadable(file) && Files.isWritable(file))) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.FOLDER_NOT_WRITABLE,
                    "the file cannot be read and written", null);
        }
    }

    /** An existing non-empty file must start with SQLite's magic header; otherwise it is left alone. */
    static void checkHeader(Path file) throws DatabaseOpenException {
        if (!Files.isRegularFile(file)) {
            if (Files.exists(file)) {
                throw new DatabaseOpenException(file, DatabaseOpenException.Reason.NOT_A_DATABASE,
                        "it is not a regular file", null);
            }
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEADER.length);
            if (head.length == 0) {
                return;
            }
            if (!Arrays.equals(head, HEADER)) {
                throw new DatabaseOpenException(file, DatabaseOpenException.Reason.NOT_A_DATABASE,
                        "it is not a SQLite database", null);
            }
        } catch (DatabaseOpenException e) {
            throw e;
        } catch (IOException e) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.OTHER, e.getMessage(), e);
        }
    }

    /** A source of connections that cannot write to the file, not even its header. */
    static SQLiteDataSource readOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    /** An empty file is a new database to SQLite: made 0600 first, its journal and WAL follow its mode. */
    static void createPrivately(Path file) throws DatabaseOpenException {
        try {
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file);
            }
        } catch (IOException e) {
            throw new DatabaseOpenException(file, DatabaseOpenException.Reason.FOLDER_NOT_WRITABLE,
                    "the file cannot be created (" + e.getMessage() + ")", e);
        }
    }

    static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("Could not restrict permissions of {}: {}", file, e.getMessage());
        }
    }
}
