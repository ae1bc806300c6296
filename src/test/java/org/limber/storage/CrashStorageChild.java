package org.limber.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Run in a child JVM by {@link CrashTest}: makes backups one after another ({@code backup}),
 * or restores two backups in turn ({@code restore A B}), printing a line after each, until it
 * is killed.
 */
public final class CrashStorageChild {

    private CrashStorageChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
        if (args[1].equals("backup")) {
            try (Database db = Database.openDeferringChecks(dir, clock);
                    Connection reader = OpenChecks.readOnly(db.file()).getConnection()) {
                for (int i = 0; ; i++) {
                    Clock later = Clock.offset(clock, Duration.ofSeconds(i));
                    new Backups(dir, later).make(reader, "manual");
                    System.out.println("backup " + i);
                    System.out.flush();
                }
            }
        }
        Backups.Backup[] backups = {backup(dir, args[2]), backup(dir, args[3])};
        Database db = Database.openDeferringChecks(dir, clock);
        System.out.println("started");
        System.out.flush();
        for (int i = 0; ; i++) {
            Database open = db;
            new Restore(dir, Clock.offset(clock, Duration.ofSeconds(i)))
                    .restore(backups[i % 2], "before-restore", open::close);
            db = Database.openDeferringChecks(dir, clock);
            System.out.println("restored " + backups[i % 2].file().getFileName());
            System.out.flush();
        }
    }

    private static Backups.Backup backup(Path dir, String file) {
        Path path = dir.resolve(Backups.FOLDER).resolve(file);
        return new Backups.Backup(path, "manual", LocalDateTime.of(2026, 11, 22, 8, 0), 0);
    }
}
