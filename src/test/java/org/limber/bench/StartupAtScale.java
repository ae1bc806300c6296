package org.limber.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.limber.storage.Database;

/**
 * Fills a database with N sessions (10 steps each) for the profile the app shows, all within
 * the last {@code days} days. Shared by the start-up benchmark and the crash rounds.
 */
public final class StartupAtScale {

    private StartupAtScale() {
    }

    public static void fill(Database db, LocalDate today, int sessions, int days, String profile) throws Exception {
        Random random = new Random(1);
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO session (id, profile_id, routine_id, routine_name,"
                    + " started_at, local_date, ended_at, planned_seconds, done_seconds, status, pain_before, pain_after)"
                    + " VALUES (?, ?, NULL, ?, ?, ?, ?, 600, ?, 'completed', ?, ?)");
                    PreparedStatement t = c.prepareStatement("INSERT INTO session_step (session_id, position, exercise_id,"
                            + " exercise_name, planned_seconds, done_seconds, result, finished_at)"
                            + " VALUES (?, ?, 'bridge', 'Bridge', 60, 60, ?, ?)")) {
                for (int i = 0; i < sessions; i++) {
                    String id = "s" + i;
                    LocalDate day = today.minusDays(1 + random.nextInt(days));
                    long start = day.toEpochDay() * 86_400_000L + random.nextInt(80_000_000);
                    s.setString(1, id);
                    s.setString(2, profile);
                    s.setString(3, "Routine " + (i % 7));
                    s.setLong(4, start);
                    s.setString(5, day.toString());
                    s.setLong(6, start + 600_000);
                    s.setInt(7, 600);
                    s.setInt(8, random.nextInt(11));
                    s.setInt(9, random.nextInt(11));
                    s.addBatch();
                    for (int p = 0; p < 10; p++) {
                        t.setString(1, id);
                        t.setInt(2, p);
                        t.setString(3, random.nextInt(50) == 0 ? "hurt" : "done");
                        t.setLong(4, start + p * 60_000L);
                        t.addBatch();
                    }
                    if (i % 5000 == 4999) {
                        s.executeBatch();
                        t.executeBatch();
                    }
                }
                s.executeBatch();
                t.executeBatch();
            }
            return null;
        });
    }

    /** Times the steps of an open at 100k sessions. */
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("limber-scale");
        LocalDate today = LocalDate.of(2026, 11, 22);
        Clock day1 = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(dir, day1)) {
            fill(db, today, n, 365, "me");
        }
        System.out.println("size " + Files.size(dir.resolve("limber.db")) / 1_000_000 + " MB");
        for (int i = 0; i < 3; i++) {
            Clock day = Clock.fixed(Instant.parse("2026-11-2" + (3 + i) + "T08:00:00Z"), ZoneOffset.UTC);
            long t0 = System.nanoTime();
            try (Database db = Database.open(dir, day)) {
                System.out.printf("open (first of the day) %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            }
            t0 = System.nanoTime();
            try (Database db = Database.open(dir, day)) {
                System.out.printf("open (again) %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            }
        }
    }
}
