package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.i18n.Messages;
import org.limber.io.StorageException;

/** Issue 17, item 7: a failed write says why in words, and nothing of it is kept. */
class WriteFailureTest {

    @TempDir
    Path dir;

    private static int rows(Database db) throws Exception {
        return db.<Integer>read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM profile")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aFullDiskIsSaidAsSuchAndTheWriteIsRolledBack() throws Exception {
        try (Database db = Database.open(dir)) {
            int before = rows(db);
            long pages = db.<Long>read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("PRAGMA page_count")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            // the file may not grow past its size now: the same SQLITE_FULL as a full disk
            db.read(c -> c.createStatement().execute("PRAGMA max_page_count = " + (pages + 2)));
            assertThatThrownBy(() -> db.write(c -> {
                for (int i = 0; i < 200; i++) {
                    c.createStatement().executeUpdate("INSERT INTO profile (id, name, created_at) VALUES ('p" + i
                            + "', '" + "x".repeat(4000) + "', 0)");
                }
                return null;
            })).isInstanceOfSatisfying(StorageException.class, e -> {
                assertThat(e.problem()).as(String.valueOf(e.getCause())).isEqualTo(StorageException.Problem.DISK_FULL);
                assertThat(new Messages(Locale.ROOT).get(e.problem().messageKey())).contains("disk is full")
                        .doesNotContain("SQLITE");
            });
            assertThat(rows(db)).as("nothing of the failed write was kept").isEqualTo(before);
            db.read(c -> c.createStatement().execute("PRAGMA max_page_count = 1000000"));
            assertThatThrownBy(() -> db.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO profile (id, name, created_at) VALUES ('half', 'H', 0)");
                throw new SQLException("the second half failed");
            })).isInstanceOf(StorageException.class);
            assertThat(rows(db)).as("the next write is still all or nothing").isEqualTo(before);
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO profile (id, name, created_at) VALUES ('w', 'W', 0)"));
            assertThat(rows(db)).isEqualTo(before + 1);
        }
    }

    @Test
    void aReadOnlyDatabaseAndAClosedOneAreSaidAsSuch() throws Exception {
        Database.open(dir).close();
        Connection readOnly = OpenChecks.readOnly(dir.resolve(Database.FILE_NAME)).getConnection();
        try (readOnly) {
            readOnly.createStatement().executeUpdate("INSERT INTO profile (id, name, created_at) VALUES ('a', 'b', 0)");
        } catch (SQLException e) {
            assertThat(WriteFailure.of(e).problem()).isEqualTo(StorageException.Problem.READ_ONLY);
        }
        Database db = Database.open(dir);
        db.close();
        assertThatThrownBy(() -> rows(db)).isInstanceOfSatisfying(StorageException.class,
                e -> assertThat(e.problem()).isEqualTo(StorageException.Problem.NOT_OPEN));
    }

    @Test
    void fileSystemFailuresAreClassifiedThroughTheirCauses() {
        assertThat(WriteFailure.reason(new RuntimeException(new FileSystemException("/d/x", null, "No space left on device"))))
                .isEqualTo(StorageException.Problem.DISK_FULL);
        assertThat(WriteFailure.reason(new AccessDeniedException("/d/x"))).isEqualTo(StorageException.Problem.READ_ONLY);
        assertThat(WriteFailure.reason(new FileSystemException("/d/x", null, "Read-only file system")))
                .isEqualTo(StorageException.Problem.READ_ONLY);
        assertThat(WriteFailure.reason(new IOException("something else"))).isEqualTo(StorageException.Problem.OTHER);
        for (StorageException.Problem problem : StorageException.Problem.values()) {
            assertThat(new Messages(Locale.GERMAN).get(problem.messageKey())).doesNotStartWith("!");
        }
    }
}
