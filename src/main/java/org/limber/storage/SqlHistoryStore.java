package org.limber.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limber.history.HistoryStore;
import org.limber.history.SessionSummary;
import org.limber.io.StorageException;

/** History queries; each one is served by {@code session_by_profile_date_seconds} (seconds per day from the index alone) or the step primary key. */
public final class SqlHistoryStore implements HistoryStore {

    static final String SESSIONS = "SELECT s.id, s.routine_name, s.started_at, s.local_date, s.planned_seconds,"
            + " s.done_seconds, s.status, s.pain_before, s.pain_after, s.notes,"
            + " (SELECT COUNT(*) FROM session_step t WHERE t.session_id = s.id AND t.result = 'hurt')"
            + " FROM session s WHERE s.profile_id = ? AND s.local_date BETWEEN ? AND ?"
            + " ORDER BY s.local_date DESC, s.started_at DESC LIMIT ? OFFSET ?";
    static final String PER_DAY = "SELECT local_date, SUM(done_seconds) FROM session"
            + " WHERE profile_id = ? AND local_date BETWEEN ? AND ? GROUP BY local_date ORDER BY local_date";
    static final String DAYS = "SELECT DISTINCT local_date FROM session WHERE profile_id = ? ORDER BY local_date";
    static final String STEPS = "SELECT session_id, position, exercise_id, exercise_name, planned_seconds, done_seconds,"
            + " result FROM session_step WHERE session_id = ? ORDER BY position";

    private final Database db;

    public SqlHistoryStore(Database db) {
        this.db = db;
    }

    @Override
    public List<SessionSummary> sessions(String profileId, LocalDate from, LocalDate to, int limit, int offset)
            throws StorageException {
        return db.read(c -> {
            List<SessionSummary> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SESSIONS)) {
                ps.setString(1, profileId);
                ps.setString(2, from.toString());
                ps.setString(3, to.toString());
                ps.setInt(4, limit);
                ps.setInt(5, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new SessionSummary(rs.getString(1), rs.getString(2), rs.getLong(3),
                                LocalDate.parse(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getString(7),
                                integer(rs, 8), integer(rs, 9), rs.getInt(11), rs.getString(10)));
                    }
                }
            }
            return rows;
        });
    }

    @Override
    public Map<LocalDate, Integer> secondsPerDay(String profileId, LocalDate from, LocalDate to) throws StorageException {
        return db.read(c -> {
            Map<LocalDate, Integer> days = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(PER_DAY)) {
                ps.setString(1, profileId);
                ps.setString(2, from.toString());
                ps.setString(3, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.put(LocalDate.parse(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
            return days;
        });
    }

    @Override
    public List<LocalDate> activeDays(String profileId) throws StorageException {
        return db.read(c -> {
            List<LocalDate> days = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(DAYS)) {
                ps.setString(1, profileId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.add(LocalDate.parse(rs.getString(1)));
                    }
                }
            }
            return days;
        });
    }

    @Override
    public List<StepSummary> steps(String sessionId) throws StorageException {
        return db.read(c -> {
            List<StepSummary> steps = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(STEPS)) {
                ps.setString(1, sessionId);
                readSteps(ps, steps);
            }
            return steps;
        });
    }

    @Override
    public List<StepSummary> steps(String profileId, LocalDate from, LocalDate to) throws StorageException {
        return db.read(c -> {
            List<StepSummary> steps = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.session_id, t.position, t.exercise_id,"
                    + " t.exercise_name, t.planned_seconds, t.done_seconds, t.result FROM session s"
                    + " JOIN session_step t ON t.session_id = s.id"
                    + " WHERE s.profile_id = ? AND s.local_date BETWEEN ? AND ? ORDER BY s.started_at, t.position")) {
                ps.setString(1, profileId);
                ps.setString(2, from.toString());
                ps.setString(3, to.toString());
                readSteps(ps, steps);
            }
            return steps;
        });
    }

    @Override
    public List<Profile> profiles() throws StorageException {
        return db.read(c -> {
            List<Profile> profiles = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM profile ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    profiles.add(new Profile(rs.getString(1), rs.getString(2)));
                }
            }
            return profiles;
        });
    }

    private static void readSteps(PreparedStatement ps, List<StepSummary> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.add(new StepSummary(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7)));
            }
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
