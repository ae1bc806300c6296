package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dir;

    static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static int profiles(Database db) throws Exception {
        return db.<Integer>read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM profile")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static void addProfile(Database db, String id) throws Exception {
        db.write(c -> c.createStatement().executeUpdate(
                "INSERT INTO profile (id, name, created_at) VALUES ('" + id + "', 'P', 0)"));
    }

    @Test
    void aDailyBackupIsMadeOnceADayCheckedAndPrivate() throws Exception {
        try (Database db = Database.open(dir, at("2026-11-22T08:00:00Z"))) {
            addProfile(db, "p1");
        }
        try (Database db = Database.open(dir, at("2026-11-22T18:00:00Z"))) {
            assertThat(profiles(db)).isEqualTo(2);
        }
        List<Backups.Backup> backups = new Backups(dir, at("2026-11-22T18:00:00Z")).list();
        assertThat(backups).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo("daily");
            assertThat(Backups.intact(b.file())).isTrue();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b.file()))).isEqualTo("rw-------");
        });
        try (Database db = Database.open(dir, at("2026-11-23T07:00:00Z"))) {
            assertThat(profiles(db)).isEqualTo(2);
        }
        assertThat(new Backups(dir, at("2026-11-23T07:00:00Z")).list()).hasSize(2);
    }

    @Test
    void pruningKeepsSevenDaysAndOnePerMonth() throws Exception {
        Backups backups = new Backups(dir, at("2026-11-22T08:00:00Z"));
        Files.createDirectories(backups.folder());
        LocalDateTime day = LocalDateTime.of(2026, 9, 1, 9, 0);
        for (int i = 0; i < 80; i++) {
            Files.writeString(backups.folder().resolve("limber-daily-"
                    + day.plusDays(i).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".db"), "x");
        }
        backups.prune();
        List<Backups.Backup> left = backups.list();
        assertThat(left).hasSize(7 + 2);
        assertThat(left.get(0).made()).isEqualTo(day.plusDays(79));
        assertThat(left).extracting(b -> b.made().getMonthValue()).contains(9, 10, 11);
    }

    @Test
    void restoringPutsTheBackupInPlaceAndKeepsTheCurrentFileAside() throws Exception {
        Clock clock = at("2026-11-22T08:00:00Z");
        try (Database db = Database.open(dir, clock)) {
            addProfile(db, "kept");
        }
        Backups backups = new Backups(dir, at("2026-11-22T09:00:00Z"));
        Backups.Backup good;
        try (Database db = Database.open(dir, clock)) {
            db.write(c -> c.createStatement().executeUpdate("DELETE FROM profile WHERE id = 'kept'"));
            Path made = db.read(c -> {
                try {
                    return backups.make(c, "manual").orElseThrow();
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            });
            good = new Backups.Backup(made, "manual", LocalDateTime.now(clock), 0);
            addProfile(db, "later");
        }
        Path aside = new Restore(dir, at("2026-11-22T09:00:00Z")).restore(good, "before-restore", () -> { });
        assertThat(aside).exists();
        try (Database db = Database.open(dir, clock)) {
            assertThat(profiles(db)).isEqualTo(1);
        }
    }

    @Test
    void aDamagedFileIsRefusedUntouchedAndAGoodBackupIsFound() throws Exception {
        try (Database db = Database.open(dir, at("2026-11-21T08:00:00Z"))) {
            for (int i = 0; i < 300; i++) {
                addProfile(db, "p" + i);
            }
        }
        Path file = dir.resolve(Database.FILE_NAME);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[(int) raf.length() - 4096];
            new Random(5).nextBytes(noise);
            raf.seek(4096);
            raf.write(noise);
        }
        byte[] damaged = Files.readAllBytes(file);
        assertThatThrownBy(() -> Database.open(dir, at("2026-11-22T08:00:00Z")))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.DAMAGED));
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        assertThat(new Backups(dir, at("2026-11-22T08:00:00Z")).newestGood()).isPresent();
    }

    @Test
    void aMigrationFromV1KeepsTheDataAndIsBackedUpFirst() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        Flyway.configure().dataSource(LocalFile.dataSource(file)).locations(Migrations.LOCATION).target("1").load().migrate();
        try (var c = LocalFile.dataSource(file).getConnection()) {
            c.createStatement().executeUpdate("INSERT INTO profile (id, name, created_at) VALUES ('client', 'Ann', 5)");
        }
        try (Database db = Database.open(dir, at("2026-11-22T08:00:00Z"))) {
            assertThat(profiles(db)).isEqualTo(2);
            assertThat(Migrations.highestApplied(LocalFile.dataSource(file), file)).isEqualTo(Migrations.LATEST);
        }
        assertThat(new Backups(dir, at("2026-11-22T08:00:00Z")).list()).extracting(Backups.Backup::kind)
                .contains("premigration", "daily");
    }
}
