package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.limber.history.SessionSummary;
import org.limber.session.SessionRecorder;

@BothBackends
class SqlHistoryStoreTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    Database db;
    SqlSessionRecorder recorder;
    SqlHistoryStore history;

    @BeforeEach
    void open() throws Exception {
        db = backend.open(dir, Clock.systemUTC());
        recorder = new SqlSessionRecorder(db);
        history = new SqlHistoryStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void session(String id, String date, int done, Integer before, Integer after, boolean hurt) throws Exception {
        recorder.begin(new SessionRecorder.SessionStart(id, "me", "r", "Routine " + id, 1000, date, 600, before));
        recorder.step(id, new SessionRecorder.StepRecord(0, "bridge", "Bridge", 300, done / 2,
                SessionRecorder.StepResult.DONE, 2000));
        recorder.step(id, new SessionRecorder.StepRecord(1, "cat-cow", "Cat-cow", 300, done - done / 2,
                hurt ? SessionRecorder.StepResult.HURT : SessionRecorder.StepResult.DONE, 3000));
        recorder.finish(id, SessionRecorder.Status.COMPLETED, 4000, done, after, hurt ? "Left side pulled" : null);
    }

    @Test
    void sessionsComeBackNewestFirstWithTheirFigures() throws Exception {
        session("a", "2026-11-20", 600, 6, 4, false);
        session("b", "2026-11-21", 300, null, 3, true);
        session("c", "2026-11-22", 120, 5, null, false);
        List<SessionSummary> rows = history.sessions("me", LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22), 10, 0);
        assertThat(rows).extracting(SessionSummary::id).containsExactly("c", "b");
        assertThat(rows.get(1).hurtSteps()).isEqualTo(1);
        assertThat(rows.get(1).notes()).isEqualTo("Left side pulled");
        assertThat(rows.get(0).notes()).isNull();
        assertThat(rows.get(1).painBefore()).isNull();
        assertThat(rows.get(1).painAfter()).isEqualTo(3);
        assertThat(rows.get(1).completionPercent()).isEqualTo(50);
        Map<LocalDate, Integer> perDay = history.secondsPerDay("me", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(perDay).containsEntry(LocalDate.of(2026, 11, 20), 600).hasSize(3);
        assertThat(history.activeDays("me")).hasSize(3);
        assertThat(history.steps("b")).extracting(s -> s.result()).containsExactly("done", "hurt");
        assertThat(history.steps("me", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).hasSize(6);
    }

    @Test
    void aStepRecordedTwiceIsKeptOnce() throws Exception {
        session("a", "2026-11-20", 600, 6, 4, false);
        recorder.step("a", new SessionRecorder.StepRecord(0, "bridge", "Bridge", 300, 10,
                SessionRecorder.StepResult.SKIPPED, 5000));
        assertThat(history.steps("a")).hasSize(2).first().satisfies(s -> assertThat(s.result()).isEqualTo("skipped"));
    }

    @Test
    void noHistoryQueryScansTheSessionTable() throws Exception {
        for (String sql : List.of(SqlHistoryStore.SESSIONS, SqlHistoryStore.PER_DAY, SqlHistoryStore.DAYS,
                SqlHistoryStore.STEPS)) {
            List<String> plan = plan(sql);
            if (db.dialect() == Dialect.SQLITE) {
                assertThat(plan).as(sql).noneMatch(line -> line.matches("SCAN (s|session|t|session_step)\\b.*")
                        && !line.contains("USING"));
                assertThat(plan).as(sql).anyMatch(line -> line.contains("USING") && line.contains("INDEX"));
            } else {
                // with sequential scans priced out, a Seq Scan left in the plan means no index can serve it
                assertThat(plan).as(sql).noneMatch(line -> line.matches(".*Seq Scan on (session|session_step)\\b.*"));
                assertThat(plan).as(sql).anyMatch(line -> line.contains("Index"));
            }
        }
    }

    private List<String> plan(String sql) throws Exception {
        int params = (int) sql.chars().filter(ch -> ch == '?').count();
        boolean sqlite = db.dialect() == Dialect.SQLITE;
        return db.read(c -> {
            List<String> lines = new ArrayList<>();
            if (!sqlite) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET enable_seqscan = off");
                }
            }
            try (PreparedStatement ps = c.prepareStatement((sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql)) {
                for (int i = 1; i <= params; i++) {
                    if (sqlite) {
                        ps.setString(i, "x");
                    } else {
                        // of no declared type: the server reads it as the column or LIMIT needs
                        ps.setObject(i, "1", Types.OTHER);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(sqlite ? "detail" : "QUERY PLAN"));
                    }
                }
            }
            return lines;
        });
    }
}
