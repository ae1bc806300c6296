package org.limber.tools;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.limber.storage.Database;

/** Many sessions written straight into the database in one transaction, for tests of scale. */
public final class BulkHistory {

    private BulkHistory() {
    }

    /** {@code count} sessions spread evenly over {@code days} days ending on {@code last}, two steps each. */
    public static void insert(Database db, String profile, LocalDate last, int days, int count) throws Exception {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO session (id, profile_id, routine_id, routine_name,"
                    + " started_at, local_date, ended_at, planned_seconds, done_seconds, status, pain_before, pain_after,"
                    + " notes) VALUES (?, ?, NULL, ?, ?, ?, ?, 600, ?, ?, ?, ?, ?)");
                    PreparedStatement t = c.prepareStatement("INSERT INTO session_step (session_id, position,"
                            + " exercise_id, exercise_name, planned_seconds, done_seconds, result, finished_at)"
                            + " VALUES (?, ?, ?, ?, 300, ?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    LocalDate date = last.minusDays((long) i * days / count);
                    long start = date.atTime(8, 0).toInstant(ZoneOffset.UTC).toEpochMilli() + i % 1000;
                    String id = "bulk-" + i;
                    int done = i % 10 == 0 ? 120 : 600;
                    s.setString(1, id);
                    s.setString(2, profile);
                    s.setString(3, i % 3 == 0 ? "Lower-back yoga" : "Back spasm relief, gentle");
                    s.setLong(4, start);
                    s.setString(5, date.toString());
                    s.setLong(6, start + done * 1000L);
                    s.setInt(7, done);
                    s.setString(8, i % 17 == 0 ? "stopped" : "completed");
                    s.setInt(9, 3 + i % 5);
                    s.setInt(10, 2 + i % 5);
                    s.setString(11, i % 50 == 0 ? "=note " + i + ", with a comma" : null);
                    s.addBatch();
                    for (int p = 0; p < 2; p++) {
                        t.setString(1, id);
                        t.setInt(2, p);
                        t.setString(3, p == 0 ? "cat-cow" : "bridge");
                        t.setString(4, p == 0 ? "Cat-cow" : "Bridge");
                        t.setInt(5, done / 2);
                        t.setString(6, done < 600 && p == 1 ? "skipped" : "done");
                        t.setLong(7, start + 1000);
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
