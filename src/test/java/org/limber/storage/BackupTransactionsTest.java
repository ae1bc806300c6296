package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, items 1-4: backups and restores are transactions; nothing in backups/ can stop a start. */
class BackupTransactionsTest {

    @TempDir
    Path dir;

    private final Clock day1 = BackupsTest.at("2026-11-21T08:00:00Z");
    private final Clock day2 = BackupsTest.at("2026-11-22T08:00:00Z");

    static int profiles(Database db) throws Exception {
        return db.<Integer>read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM profile")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    static void addProfiles(Database db, int count) throws Exception {
        db.write(c -> {
            for (int i = 0; i < count; i++) {
                c.createStatement().executeUpdate("INSERT INTO profile (id, name, created_at) VALUES ('"
                        + UUID.randomUUID() + "', 'P', 0)");
            }
            return null;
        });
    }

    private Backups.Backup onlyBackup(Clock clock) throws Exception {
        return new Backups(dir, clock).list().get(0);
    }

    @Test
    void aHalfWrittenBackupLeftByAKillIsNotTodaysBackupAndIsRemoved() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            addProfiles(db, 200);
        }
        Path real = onlyBackup(day1).file();
        // what an older Limber left when killed mid-copy: today's name, half the bytes, a journal beside it
        Path fake = real.resolveSibling("limber-daily-20261122-070000.db");
        byte[] bytes = Files.readAllBytes(real);
        Files.write(fake, Arrays.copyOf(bytes, bytes.length / 2));
        Files.write(fake.resolveSibling(fake.getFileName() + "-journal"), new byte[512]);
        // and what this one leaves: a temporary copy
        Path partial = real.resolveSibling(".limber-daily-20261122-060000.db.partial");
        Files.write(partial, Arrays.copyOf(bytes, 1000));

        assertThat(new Backups(dir, day2).list()).extracting(Backups.Backup::file).doesNotContain(fake);
        try (Database db = Database.open(dir, day2)) {
            assertThat(profiles(db)).isEqualTo(201);
        }
        List<Backups.Backup> listed = new Backups(dir, day2).list();
        assertThat(listed).hasSize(2).allSatisfy(b -> assertThat(Backups.intact(b.file())).isTrue());
        assertThat(listed.get(0).made().toLocalDate()).hasToString("2026-11-22");
        try (Stream<Path> files = Files.list(dir.resolve(Backups.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith("-journal") || n.endsWith(".partial") || n.equals(fake.getFileName().toString()));
        }
    }

    @Test
    void aBackupIsPrivateAndOnlyAppearsUnderItsNameOnceChecked() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            Backups backups = new Backups(dir, day2);
            Path made = db.read(c -> {
                try {
                    return backups.make(c, "manual").orElseThrow();
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            });
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made))).isEqualTo("rw-------");
            assertThat(Backups.intact(made)).isTrue();
        }
        try (Stream<Path> files = Files.list(dir.resolve(Backups.FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.matches("limber-[a-z]+-\\d{8}-\\d{6}\\.db"));
        }
    }

    @Test
    void strayAndMalformedNamesInBackupsNeverStopAnOpen() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            addProfiles(db, 3);
        }
        Path folder = dir.resolve(Backups.FOLDER);
        Files.writeString(folder.resolve("limber-daily-20261301-120000.db"), "hello");
        Files.writeString(folder.resolve("limber-daily-20261122-250000.db"), "hello");
        Files.createDirectory(folder.resolve("limber-daily-20261120-120000.db"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        try (Database db = Database.open(dir, day2)) {
            assertThat(profiles(db)).isEqualTo(4);
        }
        assertThat(new Backups(dir, day2).list()).extracting(b -> b.made().toLocalDate().toString())
                .containsExactly("2026-11-22", "2026-11-21");
        assertThat(folder.resolve("notes.txt")).exists();
        assertThat(folder.resolve("limber-daily-20261301-120000.db")).exists();
    }

    @Test
    void aBackupsFileInsteadOfAFolderIsReportedAndOpeningStillWorks() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(Backups.FOLDER), "not a folder");
        try (Database db = Database.open(dir, day1)) {
            assertThat(profiles(db)).isEqualTo(1);
        }
        Backups backups = new Backups(dir, day1);
        assertThat(backups.folderProblem()).contains(Backups.FolderProblem.NOT_A_FOLDER);
        assertThat(backups.list()).isEmpty();
        assertThat(new Backups(dir.resolve("elsewhere"), day1).folderProblem()).isEmpty();
    }

    @Test
    void aBackupThatFailsItsCheckIsRefusedBeforeTheLiveDatabaseIsTouched() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        try (Database db = Database.open(dir, day1)) {
            addProfiles(db, 5);
            Path bad = dir.resolve(Backups.FOLDER).resolve("limber-manual-20261121-090000.db");
            Files.write(bad, Arrays.copyOf(Files.readAllBytes(onlyBackup(day1).file()), 3000));
            byte[] live = Files.readAllBytes(db.file());
            assertThatThrownBy(() -> new Restore(dir, day1).restore(new Backups.Backup(bad, "manual",
                    LocalDateTime.of(2026, 11, 21, 9, 0), 3000), "before-restore", () -> closed.set(true)))
                    .isInstanceOfSatisfying(RestoreException.class, e -> {
                        assertThat(e.liveClosed()).isFalse();
                        assertThat(e.reason()).isEqualTo(RestoreException.Reason.BACKUP_DAMAGED);
                    });
            assertThat(closed).isFalse();
            assertThat(Files.readAllBytes(db.file())).isEqualTo(live);
            assertThat(profiles(db)).as("the live database is still open and usable").isEqualTo(6);
        }
        assertThat(dir.resolve(Restore.RESTORING)).doesNotExist();
        assertThat(dir.resolve(Restore.CHECKING)).doesNotExist();
    }

    @Test
    void aFailureAfterTheLiveDatabaseWasClosedLeavesTheOldDataToReopen() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            addProfiles(db, 5);
        }
        Backups.Backup good = onlyBackup(day1);
        assertThatThrownBy(() -> new Restore(dir, day1).restore(good, "before-restore", () -> {
            throw new IOException("cannot close");
        })).isInstanceOfSatisfying(RestoreException.class, e -> assertThat(e.liveClosed()).isTrue());
        assertThat(dir.resolve(Restore.RESTORING)).doesNotExist();
        try (Database db = Database.open(dir, day1)) {
            assertThat(profiles(db)).isEqualTo(6);
            assertThat(db.interruptedRestore()).isEmpty();
        }
    }

    @Test
    void aKillBetweenTheRenamesOfAnOlderRestoreIsFinishedAndSaid() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            addProfiles(db, 5);
        }
        Path backup = onlyBackup(day1).file();
        // the traces the older restore left: the live file moved aside, the checked copy not yet renamed
        Files.move(dir.resolve(Database.FILE_NAME), dir.resolve("limber.db.before-restore-20261122-080000"));
        Files.copy(backup, dir.resolve(Restore.RESTORING));
        try (Database db = Database.open(dir, day2)) {
            assertThat(db.interruptedRestore()).contains(Restore.Outcome.FINISHED);
            assertThat(profiles(db)).as("the backup's data, not a new empty database").isEqualTo(1);
        }
        assertThat(dir.resolve("limber.db.before-restore-20261122-080000")).exists();
        assertThat(dir.resolve(Restore.RESTORING)).doesNotExist();
    }

    @Test
    void aKillWhileTheCopyWasCheckedIsRolledBackAndSaid() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            addProfiles(db, 5);
        }
        Files.write(dir.resolve(Restore.CHECKING), new byte[4096]);
        try (Database db = Database.open(dir, day2)) {
            assertThat(db.interruptedRestore()).contains(Restore.Outcome.ROLLED_BACK);
            assertThat(profiles(db)).isEqualTo(6);
        }
        assertThat(dir.resolve(Restore.CHECKING)).doesNotExist();
    }

    @Test
    void aDamagedCopyWithTheLiveFileMovedAsideIsRolledBack() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            addProfiles(db, 5);
        }
        Files.move(dir.resolve(Database.FILE_NAME), dir.resolve("limber.db.before-restore-20261122-080000"));
        Files.write(dir.resolve(Restore.RESTORING), new byte[4096]);
        try (Database db = Database.open(dir, day2)) {
            assertThat(db.interruptedRestore()).contains(Restore.Outcome.ROLLED_BACK);
            assertThat(profiles(db)).isEqualTo(6);
        }
    }

    @Test
    void aRestoreKeepsTheOldDataAsideAndLeavesNoTraces() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            addProfiles(db, 5);
        }
        Backups.Backup good = onlyBackup(day1);
        Path aside = new Restore(dir, day2).restore(good, "before-restore", () -> { });
        try (Database db = Database.open(dir, day2)) {
            assertThat(profiles(db)).isEqualTo(1);
            assertThat(db.interruptedRestore()).isEmpty();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(Database.FILE_NAME))))
                .isEqualTo("rw-------");
        assertThat(Backups.intact(aside)).isTrue();
        assertThat(dir.resolve(Restore.RESTORING)).doesNotExist();
    }

    @Test
    void theDataKeptAsideByARestoreIsOfferedAsABackupSoTheRestoreCanBeUndone() throws Exception {
        try (Database db = Database.open(dir, day1)) {
            addProfiles(db, 5);
        }
        Backups.Backup older = onlyBackup(day1);
        Path aside = new Restore(dir, day2).restore(older, "before-restore", () -> { });
        Files.writeString(dir.resolve(Database.FILE_NAME + ".before-restore-2026113-0800"), "not a stamp");

        List<Backups.Backup> kept = new Restore(dir, day2).keptAside();
        assertThat(kept).as("only the file the restore kept aside, under its own kind")
                .singleElement().satisfies(b -> {
                    assertThat(b.file()).isEqualTo(aside);
                    assertThat(b.kind()).isEqualTo("before-restore");
                });

        new Restore(dir, day2).restore(kept.get(0), "before-restore", () -> { });
        try (Database db = Database.open(dir, day2)) {
            assertThat(profiles(db)).as("the restore undone: the five profiles are back").isEqualTo(6);
        }
    }

    @Test
    void theChecksWhoseTimeGrowsWithTheDataCanWaitUntilLimberIsReady() throws Exception {
        try (Database db = Database.openDeferringChecks(dir, day1)) {
            addProfiles(db, 3);
            assertThat(new Backups(dir, day1).list()).as("no backup on the way to Ready").isEmpty();
            db.maintain();
            assertThat(new Backups(dir, day1).list()).singleElement()
                    .satisfies(b -> assertThat(Backups.intact(b.file())).isTrue());
            addProfiles(db, 1);
            assertThat(profiles(db)).isEqualTo(5);
        }
    }
}
