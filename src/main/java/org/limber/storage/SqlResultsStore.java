package org.limber.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.limber.io.StorageException;
import org.limber.results.FollowedPlan;
import org.limber.results.ImportSummary;
import org.limber.results.ImportTarget;
import org.limber.results.ResultSession;
import org.limber.results.ResultsFile;
import org.limber.results.ResultsHead;
import org.limber.results.ResultsFileException;
import org.limber.results.ResultsFileException.Kind;
import org.limber.results.ResultsStore;
import org.limber.results.SessionSource;

/** Results sent and imported: {@code results_sender}, {@code results_client}, {@code client_plan} and the sessions. */
public final class SqlResultsStore implements ResultsStore {

    private final Database db;

    public SqlResultsStore(Database db) {
        this.db = db;
    }

    /** Carries a refusal out of a transaction, which it rolls back. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(ResultsFileException cause) {
            super(cause);
        }
    }

    /** Carries a database failure out of a session handed over by the file, to roll back. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException sql;

        Failed(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    @Override
    public String personId(String profileId, String fresh) throws StorageException {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO results_sender (profile_id, person_id)"
                    + " VALUES (?, ?) ON CONFLICT (profile_id) DO NOTHING")) {
                ps.setString(1, profileId);
                ps.setString(2, fresh);
                ps.executeUpdate();
            }
            return one(c, "SELECT person_id FROM results_sender WHERE profile_id = ?", profileId).orElseThrow();
        });
    }

    @Override
    public Optional<Instant> lastSent(String profileId) throws StorageException {
        return db.read(c -> one(c, "SELECT last_sent_at FROM results_sender WHERE profile_id = ?"
                + " AND last_sent_at IS NOT NULL", profileId).map(ms -> Instant.ofEpochMilli(Long.parseLong(ms))));
    }

    @Override
    public void markSent(String profileId, Instant at) throws StorageException {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE results_sender SET last_sent_at = ? WHERE profile_id = ?")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, profileId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<ResultSession> sessions(String profileId, LocalDate from, LocalDate to) throws StorageException {
        return db.read(c -> SqlResultSessions.inRange(c, profileId, from, to));
    }

    @Override
    public Optional<String> clientOf(String personId) throws StorageException {
        return db.read(c -> one(c, "SELECT profile_id FROM results_client WHERE person_id = ?", personId));
    }

    @Override
    public ImportSummary merge(ResultsHead head, SessionSource sessions, ImportTarget target, long nowMillis)
            throws StorageException, ResultsFileException {
        try {
            return db.write(c -> {
                Optional<String> known = one(c, "SELECT profile_id FROM results_client WHERE person_id = ?",
                        head.person().id());
                String profileId = known.isPresent() ? checkSame(known.get(), target) : newClient(c, target, nowMillis);
                client(c, head.person(), profileId, nowMillis);
                for (FollowedPlan plan : head.plans()) {
                    plan(c, profileId, plan, nowMillis);
                }
                int[] counts = new int[3]; // added, updated, unchanged
                ResultsHead streamed;
                try {
                    streamed = sessions.each(s -> {
                        try {
                            counts[mergeOne(c, profileId, s)]++;
                        } catch (SQLException e) {
                            throw new Failed(e);
                        }
                    });
                } catch (ResultsFileException e) {
                    throw new Refused(e);
                } catch (Failed e) {
                    throw e.sql;
                }
                if (!streamed.equals(head)) {
                    throw new Refused(new ResultsFileException(Kind.INVALID, "the file changed while it was imported"));
                }
                return new ImportSummary(profileId, known.isEmpty(), counts[0], counts[1], counts[2], head.plans().size());
            });
        } catch (Refused e) {
            throw (ResultsFileException) e.getCause();
        }
    }

    /** Merges one session: 0 when added, 1 when it replaced an older copy, 2 when the kept one stays. */
    private static int mergeOne(Connection c, String profileId, ResultSession s) throws SQLException {
        SqlResultSessions.Kept kept = SqlResultSessions.find(c, s.id());
        if (kept == null) {
            SqlResultSessions.insert(c, profileId, s);
            return 0;
        }
        if (!kept.profileId().equals(profileId)) {
            throw new Refused(new ResultsFileException(Kind.SESSION_ELSEWHERE, "the session '" + s.id()
                    + "' is already kept for another profile"));
        }
        if (kept.session().equals(s) || s.isBehind(kept.session())) {
            return 2;
        }
        SqlResultSessions.replace(c, s);
        return 1;
    }

    private static String checkSame(String known, ImportTarget target) {
        if (target instanceof ImportTarget.Existing e && !e.profileId().equals(known)
                || target instanceof ImportTarget.NewClient) {
            throw new Refused(new ResultsFileException(Kind.PERSON_ELSEWHERE,
                    "this person's results already go to the profile '" + known + "'"));
        }
        return known;
    }

    private static String newClient(Connection c, ImportTarget target, long now) throws SQLException {
        if (target instanceof ImportTarget.Existing e) {
            if (one(c, "SELECT id FROM profile WHERE id = ?", e.profileId()).isEmpty()) {
                throw new Refused(new ResultsFileException(Kind.NO_CLIENT, "no profile '" + e.profileId() + "'"));
            }
            return e.profileId();
        }
        if (target instanceof ImportTarget.NewClient n) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO profile (id, name, notes, created_at) VALUES (?, ?, NULL, ?)")) {
                ps.setString(1, n.profileId());
                ps.setString(2, n.name());
                ps.setLong(3, now);
                ps.executeUpdate();
            }
            return n.profileId();
        }
        throw new Refused(new ResultsFileException(Kind.NO_CLIENT, "a person new here and no client chosen"));
    }

    private static void client(Connection c, ResultsFile.Person person, String profileId, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO results_client (person_id, profile_id, person_name,"
                + " first_import_at, last_import_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE"
                + " SET person_name = excluded.person_name, last_import_at = excluded.last_import_at")) {
            ps.setString(1, person.id());
            ps.setString(2, profileId);
            ps.setString(3, person.name());
            ps.setLong(4, now);
            ps.setLong(5, now);
            ps.executeUpdate();
        }
    }

    private static void plan(Connection c, String profileId, FollowedPlan p, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO client_plan (profile_id, id, routine_id, routine_name,"
                + " times, weekdays, start_date, end_date, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (profile_id, id) DO UPDATE SET routine_id = excluded.routine_id,"
                + " routine_name = excluded.routine_name, times = excluded.times, weekdays = excluded.weekdays,"
                + " start_date = excluded.start_date, end_date = excluded.end_date, updated_at = excluded.updated_at")) {
            ps.setString(1, profileId);
            ps.setString(2, p.id());
            ps.setString(3, p.routineId());
            ps.setString(4, p.routineName());
            ps.setString(5, p.times().stream().map(LocalTime::toString).collect(Collectors.joining(",")));
            ps.setString(6, p.in(profileId).orderedDays().stream().map(d -> d.name().substring(0, 2))
                    .collect(Collectors.joining(",")));
            ps.setString(7, p.start().toString());
            ps.setString(8, p.end() == null ? null : p.end().toString());
            ps.setLong(9, now);
            ps.executeUpdate();
        }
    }

    private static Optional<String> one(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
