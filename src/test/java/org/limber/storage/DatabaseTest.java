package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.io.StorageException;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migratesAFreshFileAndEveryConnectionHasThePragmas() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(dir.resolve(Database.FILE_NAME)).exists();
            assertThat(pragmaOf(db, "foreign_keys")).isEqualTo("1");
            assertThat(pragmaOf(db, "journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(pragmaOf(db, "synchronous")).isEqualTo("2");
            assertThat(Integer.parseInt(pragmaOf(db, "busy_timeout")))
                    .isEqualTo(Database.BUSY_TIMEOUT_MS);
            assertThat(db.<String>read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM profile WHERE id = 'me'")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            })).isEqualTo("Me");
        }
        // a second connection made by the same factory has them too
        try (var c = LocalFile.dataSource(dir.resolve(Database.FILE_NAME)).getConnection()) {
            assertThat(pragma(c.createStatement(), "foreign_keys")).isEqualTo("1");
            assertThat(pragma(c.createStatement(), "synchronous")).isEqualTo("2");
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() throws Exception {
        try (Database db = Database.open(dir)) {
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO profile (id, name, created_at) VALUES ('p2', 'Client', 1)"));
        }
        try (Database db = Database.open(dir)) {
            int count = db.<Integer>read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM profile")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(count).isEqualTo(2);
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO profile (id, name, created_at) VALUES ('x', 'X', 1)");
                return c.createStatement().executeUpdate("INSERT INTO profile (id, name, created_at) VALUES ('x', 'Y', 1)");
            })).isInstanceOf(StorageException.class);
            int count = db.<Integer>read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM profile WHERE id = 'x'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(count).isZero();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] content = "these are my notes, not a database\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        var modified = Files.getLastModifiedTime(file);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DatabaseOpenException.class)
                .satisfies(e -> {
                    DatabaseOpenException error = (DatabaseOpenException) e;
                    assertThat(error.reason()).isEqualTo(DatabaseOpenException.Reason.NOT_A_DATABASE);
                    assertThat(error.file()).isEqualTo(file);
                    assertThat(error.getMessage()).contains(file.toString());
                });

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(dir.resolve(Database.FILE_NAME + "-wal")).doesNotExist();
    }

    @Test
    void aSchemaFromANewerLimberIsRefusedAndNotWritten() throws Exception {
        try (Database db = Database.open(dir)) {
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                            + " installed_by, installed_on, execution_time, success)"
                            + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', '2030-01-01', 1, 1)"));
        }
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DatabaseOpenException.class)
                .extracting(e -> ((DatabaseOpenException) e).reason())
                .isEqualTo(DatabaseOpenException.Reason.NEWER_SCHEMA);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aNewerSchemaInRollbackJournalModeIsRefusedByteForByteUnchanged() throws Exception {
        try (Database db = Database.open(dir)) {
            db.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                            + " installed_by, installed_on, execution_time, success)"
                            + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', '2030-01-01', 1, 1)"));
        }
        Path file = dir.resolve(Database.FILE_NAME);
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("PRAGMA journal_mode=DELETE");
        }
        Path journal = dir.resolve(Database.FILE_NAME + "-journal");
        Files.write(journal, new byte[0]);
        String before = sha256(file);
        assertThat(Files.readAllBytes(file)[18]).as("rollback journal in the header").isEqualTo((byte) 1);
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.NEWER_SCHEMA));
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(journal).exists().isEmptyFile();
        assertThat(dir.resolve(Database.FILE_NAME + "-wal")).doesNotExist();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file)));
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db.file()))).isEqualTo("rw-------");
        }
        try (Database db = Database.open(dir)) {
            Path wal = dir.resolve(Database.FILE_NAME + "-wal");
            assertThat(wal).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
        }
    }

    private static String pragmaOf(Database db, String name) throws Exception {
        return db.<String>read(c -> pragma(c.createStatement(), name));
    }

    private static String pragma(Statement statement, String name) throws SQLException {
        try (statement; ResultSet rs = statement.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void aDataFolderThatCannotBeCreatedIsExplained() throws Exception {
        Path notAFolder = dir.resolve("taken");
        Files.writeString(notAFolder, "a file where the folder should be");
        assertThatThrownBy(() -> Database.open(notAFolder.resolve("limber")))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.FOLDER_NOT_WRITABLE);
                    assertThat(e.getMessage()).contains("limber.db");
                });
        assertThat(notAFolder).hasContent("a file where the folder should be");
    }
}
