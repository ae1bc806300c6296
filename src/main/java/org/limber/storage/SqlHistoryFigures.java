package org.limber.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.limber.history.HistoryFigures;
import org.limber.history.HistoryStore;
import org.limber.history.SessionSummary;
import org.limber.io.StorageException;

/**
 * The history's figures counted by the database over any range; every query starts from
 * {@code session_by_profile_date}. The outcome counts follow {@code SessionOutcome}: reaching the
 * end with at least three quarters of the planned time done is completed, less is partly done.
 */
public final class SqlHistoryFigures implements HistoryFigures {

    private static final String WHERE = " FROM session s WHERE s.profile_id = ? AND s.local_date BETWEEN ? AND ?"
            + " AND (? IS NULL OR s.routine_name = ?)";
    static final String TOTALS = "SELECT COUNT(*),"
            + count("s.status = 'completed' AND s.done_seconds * 4 >= s.planned_seconds * 3") + ","
            + count("s.status = 'completed' AND s.done_seconds * 4 < s.planned_seconds * 3") + ","
            + count("s.status = 'stopped'") + "," + count("s.status NOT IN ('completed', 'stopped')") + ","
            + " SUM(s.done_seconds), AVG(s.pain_before), AVG(s.pain_after),"
            + count("EXISTS (SELECT 1 FROM session_step t WHERE t.session_id = s.id AND t.result = 'hurt')") + ","
            + " COUNT(s.notes)" + WHERE;
    static final String DAYS = "SELECT s.local_date, COUNT(*), SUM(s.planned_seconds), SUM(s.done_seconds),"
            + " AVG(s.pain_before), AVG(s.pain_after)" + WHERE + " GROUP BY s.local_date ORDER BY s.local_date";
    static final String EXERCISES = "SELECT t.exercise_id, MAX(t.exercise_name)," + count("t.result = 'done'") + ","
            + count("t.result = 'skipped'") + "," + count("t.result = 'hurt'") + WHERE.replace(" WHERE",
                    " JOIN session_step t ON t.session_id = s.id WHERE")
            + " GROUP BY t.exercise_id ORDER BY 2, 1";
    static final String NOTES = "SELECT s.local_date, s.routine_name, s.notes" + WHERE
            + " AND s.notes IS NOT NULL ORDER BY s.local_date DESC, s.started_at DESC LIMIT ?";

    static final String EACH_SESSION = "SELECT s.id, s.routine_name, s.started_at, s.local_date, s.planned_seconds,"
            + " s.done_seconds, s.status, s.pain_before, s.pain_after, s.notes,"
            + " (SELECT COUNT(*) FROM session_step t WHERE t.session_id = s.id AND t.result = 'hurt')" + WHERE
            + " ORDER BY s.local_date, s.started_at";
    static final String EACH_STEP = "SELECT t.session_id, t.position, t.exercise_id, t.exercise_name,"
            + " t.planned_seconds, t.done_seconds, t.result" + WHERE.replace(" WHERE",
                    " JOIN session_step t ON t.session_id = s.id WHERE")
            + " ORDER BY s.local_date, s.started_at, t.position";

    /** Rows a server sends at a time while an export steps through them. */
    static final int FETCH = 500;

    private final Database db;

    /**
     * How many rows meet the condition, as both back ends read it: PostgreSQL has no SUM over a
     * comparison, which SQLite counts as 0 or 1.
     */
    static String count(String condition) {
        return " SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    public SqlHistoryFigures(Database db) {
        this.db = db;
    }

    @Override
    public Totals totals(Filter filter) throws StorageException {
        return db.read(c -> {
            try (PreparedStatement ps = prepare(c.prepareStatement(TOTALS), filter); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Totals(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getLong(6),
                        decimal(rs, 7), decimal(rs, 8), rs.getInt(9), rs.getInt(10));
            }
        });
    }

    @Override
    public List<Day> days(Filter filter) throws StorageException {
        return db.read(c -> {
            List<Day> days = new ArrayList<>();
            try (PreparedStatement ps = prepare(c.prepareStatement(DAYS), filter); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(new Day(LocalDate.parse(rs.getString(1)), rs.getInt(2), rs.getLong(3), rs.getLong(4),
                            decimal(rs, 5), decimal(rs, 6)));
                }
            }
            return days;
        });
    }

    @Override
    public List<ExerciseTally> exercises(Filter filter) throws StorageException {
        return db.read(c -> {
            List<ExerciseTally> tallies = new ArrayList<>();
            try (PreparedStatement ps = prepare(c.prepareStatement(EXERCISES), filter);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tallies.add(new ExerciseTally(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5)));
                }
            }
            return tallies;
        });
    }

    @Override
    public List<Note> notes(Filter filter, int limit) throws StorageException {
        return db.read(c -> {
            List<Note> notes = new ArrayList<>();
            try (PreparedStatement ps = prepare(c.prepareStatement(NOTES), filter)) {
                ps.setInt(6, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notes.add(new Note(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return notes;
        });
    }

    @Override
    public void eachSession(Filter filter, Rows<SessionSummary> rows) throws StorageException, IOException {
        each(EACH_SESSION, filter, rs -> rows.accept(new SessionSummary(rs.getString(1), rs.getString(2),
                rs.getLong(3), LocalDate.parse(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getString(7),
                integer(rs, 8), integer(rs, 9), rs.getInt(11), rs.getString(10))));
    }

    @Override
    public void eachStep(Filter filter, Rows<HistoryStore.StepSummary> rows) throws StorageException, IOException {
        each(EACH_STEP, filter, rs -> rows.accept(new HistoryStore.StepSummary(rs.getString(1), rs.getInt(2),
                rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getString(7))));
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException, IOException;
    }

    /** Reads the rows as the database steps through them, so nothing but the current row (or fetch) is held. */
    private void each(String sql, Filter filter, Row row) throws StorageException, IOException {
        try {
            db.readThrough(c -> {
                try (PreparedStatement ps = prepare(c.prepareStatement(sql), filter)) {
                    ps.setFetchSize(FETCH);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            row.read(rs);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static PreparedStatement prepare(PreparedStatement ps, Filter filter) throws SQLException {
        ps.setString(1, filter.profileId());
        ps.setString(2, filter.from().toString());
        ps.setString(3, filter.to().toString());
        ps.setString(4, filter.routineName());
        ps.setString(5, filter.routineName());
        return ps;
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
