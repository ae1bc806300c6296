package org.limber.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import org.limber.io.StorageException;
import org.limber.session.SessionRecorder;

/** Sessions and their steps, each write its own transaction so a crash keeps what was done. */
public final class SqlSessionRecorder implements SessionRecorder {

    private final Database db;

    public SqlSessionRecorder(Database db) {
        this.db = db;
    }

    @Override
    public String begin(SessionStart s) throws StorageException {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO session (id, profile_id, routine_id, routine_name,"
                    + " started_at, local_date, planned_seconds, done_seconds, status, pain_before)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'running', ?)")) {
                ps.setString(1, s.id());
                ps.setString(2, s.profileId());
                ps.setString(3, s.routineId());
                ps.setString(4, s.routineName());
                ps.setLong(5, s.startedAtMillis());
                ps.setString(6, s.localDate());
                ps.setInt(7, s.plannedSeconds());
                setInteger(ps, 8, s.painBefore());
                return ps.executeUpdate();
            }
        });
        return s.id();
    }

    @Override
    public void step(String sessionId, StepRecord step) throws StorageException {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM session_step WHERE session_id = ? AND position = ?")) {
                delete.setString(1, sessionId);
                delete.setInt(2, step.position());
                delete.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_step (session_id, position, exercise_id,"
                    + " exercise_name, planned_seconds, done_seconds, result, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, sessionId);
                ps.setInt(2, step.position());
                ps.setString(3, step.exerciseId());
                ps.setString(4, step.exerciseName());
                ps.setInt(5, step.plannedSeconds());
                ps.setInt(6, step.doneSeconds());
                ps.setString(7, step.result().name().toLowerCase(Locale.ROOT));
                ps.setLong(8, step.finishedAtMillis());
                ps.executeUpdate();
            }
            try (PreparedStatement total = c.prepareStatement("UPDATE session SET done_seconds ="
                    + " (SELECT COALESCE(SUM(done_seconds), 0) FROM session_step WHERE session_id = ?) WHERE id = ?")) {
                total.setString(1, sessionId);
                total.setString(2, sessionId);
                return total.executeUpdate();
            }
        });
    }

    @Override
    public void finish(String sessionId, Status status, long endedAtMillis, int doneSeconds, Integer painAfter,
            String notes) throws StorageException {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE session SET status = ?, ended_at = ?, done_seconds = CASE WHEN EXISTS (SELECT 1 FROM session_step"
                    + " WHERE session_id = session.id) THEN (SELECT SUM(done_seconds) FROM session_step"
                    + " WHERE session_id = session.id) ELSE ? END, pain_after = ?, notes = ? WHERE id = ?")) {
                ps.setString(1, status.name().toLowerCase(Locale.ROOT));
                ps.setLong(2, endedAtMillis);
                ps.setInt(3, doneSeconds);
                setInteger(ps, 4, painAfter);
                ps.setString(5, notes == null || notes.isBlank() ? null : notes.strip());
                ps.setString(6, sessionId);
                return ps.executeUpdate();
            }
        });
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }
}
