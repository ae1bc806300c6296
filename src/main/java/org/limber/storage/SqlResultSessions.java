package org.limber.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.limber.results.ResultSession;
import org.limber.session.SessionRecorder.Status;
import org.limber.session.SessionRecorder.StepResult;

/** Whole sessions (row and steps) as results files carry them: read for sending, written by an import. */
final class SqlResultSessions {

    private static final String COLUMNS = "s.id, s.routine_id, s.routine_name, s.started_at, s.ended_at, s.local_date,"
            + " s.planned_seconds, s.done_seconds, s.status, s.pain_before, s.pain_after, s.notes, s.profile_id";
    private static final String STEP_COLUMNS = "t.session_id, t.position, t.exercise_id, t.exercise_name,"
            + " t.planned_seconds, t.done_seconds, t.result, t.finished_at";

    /** A session as kept here, and whose it is. */
    record Kept(String profileId, ResultSession session) {
    }

    private SqlResultSessions() {
    }

    static List<ResultSession> inRange(Connection c, String profileId, LocalDate from, LocalDate to) throws SQLException {
        Map<String, ResultSession> rows = new LinkedHashMap<>();
        String where = " WHERE s.profile_id = ? AND s.local_date BETWEEN ? AND ?";
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM session s" + where
                + " ORDER BY s.started_at, s.id")) {
            bindRange(ps, profileId, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), session(rs, List.of()));
                }
            }
        }
        Map<String, List<ResultSession.Step>> steps = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STEP_COLUMNS + " FROM session s JOIN session_step t"
                + " ON t.session_id = s.id" + where + " ORDER BY t.session_id, t.position")) {
            bindRange(ps, profileId, from, to);
            readSteps(ps, steps);
        }
        List<ResultSession> sessions = new ArrayList<>(rows.size());
        for (ResultSession s : rows.values()) {
            sessions.add(withSteps(s, steps.getOrDefault(s.id(), List.of())));
        }
        return sessions;
    }

    /** The session with this id, whoever's it is; null when there is none. */
    static Kept find(Connection c, String id) throws SQLException {
        ResultSession row;
        String profileId;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM session s WHERE s.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                row = session(rs, List.of());
                profileId = rs.getString(13);
            }
        }
        Map<String, List<ResultSession.Step>> steps = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STEP_COLUMNS + " FROM session_step t"
                + " WHERE t.session_id = ? ORDER BY t.position")) {
            ps.setString(1, id);
            readSteps(ps, steps);
        }
        return new Kept(profileId, withSteps(row, steps.getOrDefault(id, List.of())));
    }

    static void insert(Connection c, String profileId, ResultSession s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session (routine_id, routine_name, started_at,"
                + " ended_at, local_date, planned_seconds, done_seconds, status, pain_before, pain_after, notes,"
                + " profile_id, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bindRow(ps, s);
            ps.setString(12, profileId);
            ps.setString(13, s.id());
            ps.executeUpdate();
        }
        insertSteps(c, s);
    }

    /** Replaces the row and all the steps of a session kept under the same profile. */
    static void replace(Connection c, ResultSession s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE session SET routine_id = ?, routine_name = ?,"
                + " started_at = ?, ended_at = ?, local_date = ?, planned_seconds = ?, done_seconds = ?, status = ?,"
                + " pain_before = ?, pain_after = ?, notes = ? WHERE id = ?")) {
            bindRow(ps, s);
            ps.setString(12, s.id());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM session_step WHERE session_id = ?")) {
            ps.setString(1, s.id());
            ps.executeUpdate();
        }
        insertSteps(c, s);
    }

    private static void insertSteps(Connection c, ResultSession s) throws SQLException {
        if (s.steps().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session_step (session_id, position, exercise_id,"
                + " exercise_name, planned_seconds, done_seconds, result, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ResultSession.Step step : s.steps()) {
                ps.setString(1, s.id());
                ps.setInt(2, step.position());
                ps.setString(3, step.exerciseId());
                ps.setString(4, step.exerciseName());
                ps.setInt(5, step.plannedSeconds());
                ps.setInt(6, step.doneSeconds());
                ps.setString(7, step.result().name().toLowerCase(Locale.ROOT));
                ps.setLong(8, step.finishedAt().toEpochMilli());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindRow(PreparedStatement ps, ResultSession s) throws SQLException {
        ps.setString(1, s.routineId());
        ps.setString(2, s.routineName());
        ps.setLong(3, s.startedAt().toEpochMilli());
        if (s.endedAt() == null) {
            ps.setNull(4, Types.BIGINT);
        } else {
            ps.setLong(4, s.endedAt().toEpochMilli());
        }
        ps.setString(5, s.date().toString());
        ps.setInt(6, s.plannedSeconds());
        ps.setInt(7, s.doneSeconds());
        ps.setString(8, s.status().name().toLowerCase(Locale.ROOT));
        setInteger(ps, 9, s.painBefore());
        setInteger(ps, 10, s.painAfter());
        ps.setString(11, s.notes());
    }

    private static ResultSession session(ResultSet rs, List<ResultSession.Step> steps) throws SQLException {
        long ended = rs.getLong(5);
        Instant endedAt = rs.wasNull() ? null : Instant.ofEpochMilli(ended);
        return new ResultSession(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)),
                endedAt, LocalDate.parse(rs.getString(6)), rs.getInt(7), rs.getInt(8),
                Status.valueOf(rs.getString(9).toUpperCase(Locale.ROOT)), integer(rs, 10), integer(rs, 11),
                rs.getString(12), steps);
    }

    private static void readSteps(PreparedStatement ps, Map<String, List<ResultSession.Step>> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ResultSession.Step(rs.getInt(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        StepResult.valueOf(rs.getString(7).toUpperCase(Locale.ROOT)), Instant.ofEpochMilli(rs.getLong(8))));
            }
        }
    }

    private static ResultSession withSteps(ResultSession s, List<ResultSession.Step> steps) {
        return new ResultSession(s.id(), s.routineId(), s.routineName(), s.startedAt(), s.endedAt(), s.date(),
                s.plannedSeconds(), s.doneSeconds(), s.status(), s.painBefore(), s.painAfter(), s.notes(), steps);
    }

    private static void bindRange(PreparedStatement ps, String profileId, LocalDate from, LocalDate to)
            throws SQLException {
        ps.setString(1, profileId);
        ps.setString(2, from.toString());
        ps.setString(3, to.toString());
    }

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
