package org.limber.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limber.history.Insights;
import org.limber.history.Streaks;
import org.limber.history.WeeklyMinutes;
import org.limber.storage.Database;
import org.limber.storage.SqlHistoryStore;

/**
 * History queries at 100,000 sessions and 1,000,000 steps. Run on purpose:
 * {@code mvn test -Dtest=HistoryBenchmark -Dlimber.bench=true}
 */
@EnabledIfSystemProperty(named = "limber.bench", matches = "true")
class HistoryBenchmark {

    static final int SESSIONS = 100_000;
    static final int STEPS_PER_SESSION = 10;

    @Test
    void queriesAtScale() throws Exception {
        Path dir = Files.createTempDirectory("limber-bench");
        LocalDate today = LocalDate.of(2026, 11, 22);
        try (Database db = Database.open(dir)) {
            long t0 = System.nanoTime();
            fill(db, today);
            System.out.printf("generated %,d sessions and %,d steps in %.1f s%n", SESSIONS,
                    SESSIONS * STEPS_PER_SESSION, (System.nanoTime() - t0) / 1e9);
            SqlHistoryStore store = new SqlHistoryStore(db);
            LocalDate from = today.minusMonths(12).plusDays(1);
            for (int round = 0; round < 3; round++) {
                long a = System.nanoTime();
                var page = store.sessions("me", from, today, 2000, 0);
                long b = System.nanoTime();
                var perDay = store.secondsPerDay("me", from, today);
                long c = System.nanoTime();
                var days = store.activeDays("me");
                long d = System.nanoTime();
                var steps = store.steps(page.get(0).id());
                long e = System.nanoTime();
                Streaks streaks = Streaks.of(days, today);
                WeeklyMinutes.of(perDay, from, today);
                Insights.check(page);
                long f = System.nanoTime();
                System.out.printf("round %d: page of %d sessions %.1f ms, seconds per day %.1f ms, active days (%d) %.1f ms,"
                        + " one session's %d steps %.2f ms; page open total %.1f ms (streak %d)%n", round, page.size(),
                        ms(a, b), ms(b, c), days.size(), ms(c, d), steps.size(), ms(d, e), ms(a, f), streaks.current());
            }
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static void fill(Database db, LocalDate today) throws Exception {
        Random random = new Random(1);
        db.write(c -> {
            try (PreparedStatement profiles = c.prepareStatement(
                    "INSERT INTO profile (id, name, created_at) VALUES (?, ?, 0)")) {
                for (int n = 0; n < 50; n++) {
                    profiles.setString(1, "client-" + n);
                    profiles.setString(2, "Client " + n);
                    profiles.addBatch();
                }
                profiles.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO session (id, profile_id, routine_id, routine_name,"
                    + " started_at, local_date, ended_at, planned_seconds, done_seconds, status, pain_before, pain_after)"
                    + " VALUES (?, ?, NULL, ?, ?, ?, ?, 600, ?, 'completed', ?, ?)");
                    PreparedStatement t = c.prepareStatement("INSERT INTO session_step (session_id, position, exercise_id,"
                            + " exercise_name, planned_seconds, done_seconds, result, finished_at)"
                            + " VALUES (?, ?, 'bridge', 'Bridge', 60, 60, 'done', ?)")) {
                for (int i = 0; i < SESSIONS; i++) {
                    String id = "s" + i;
                    String profile = i % 10 == 0 ? "me" : "client-" + (i % 50);
                    LocalDate day = today.minusDays(random.nextInt(3650));
                    long start = day.toEpochDay() * 86_400_000L;
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
                    for (int p = 0; p < STEPS_PER_SESSION; p++) {
                        t.setString(1, id);
                        t.setInt(2, p);
                        t.setLong(3, start + p * 60_000L);
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
}
