package org.limber.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.limber.io.StorageException;
import org.limber.plan.Plan;
import org.limber.plan.PlanStore;

/** Plans in the {@code plan} table; deleting a routine or a profile takes its plans with it. */
public final class SqlPlanStore implements PlanStore {

    private final Database db;
    private final Clock clock;

    public SqlPlanStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Plan> plans(String profileId) throws StorageException {
        return db.read(c -> {
            List<Plan> plans = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.routine_id, r.name, p.times, p.weekdays,"
                    + " p.start_date, p.end_date FROM plan p JOIN routine r ON r.id = p.routine_id"
                    + " WHERE p.profile_id = ? ORDER BY r.name, p.created_at")) {
                ps.setString(1, profileId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String end = rs.getString(7);
                        plans.add(new Plan(rs.getString(1), profileId, rs.getString(2), rs.getString(3),
                                times(rs.getString(4)), days(rs.getString(5)), LocalDate.parse(rs.getString(6)),
                                end == null ? null : LocalDate.parse(end)));
                    }
                }
            }
            return plans;
        });
    }

    /** The plans of the client's results files ({@code client_plan}) when there are any, else {@link #plans}. */
    @Override
    public List<Plan> measuredPlans(String profileId) throws StorageException {
        List<Plan> followed = db.read(c -> {
            List<Plan> plans = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, routine_id, routine_name, times, weekdays,"
                    + " start_date, end_date FROM client_plan WHERE profile_id = ? ORDER BY routine_name, id")) {
                ps.setString(1, profileId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String end = rs.getString(7);
                        plans.add(new Plan(rs.getString(1), profileId, rs.getString(2), rs.getString(3),
                                times(rs.getString(4)), days(rs.getString(5)), LocalDate.parse(rs.getString(6)),
                                end == null ? null : LocalDate.parse(end)));
                    }
                }
            }
            return plans;
        });
        return followed.isEmpty() ? plans(profileId) : followed;
    }

    @Override
    public void savePlan(Plan plan) throws StorageException {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan (id, profile_id, routine_id, times,"
                    + " weekdays, start_date, end_date, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET routine_id = excluded.routine_id, times = excluded.times,"
                    + " weekdays = excluded.weekdays, start_date = excluded.start_date, end_date = excluded.end_date")) {
                ps.setString(1, plan.id());
                ps.setString(2, plan.profileId());
                ps.setString(3, plan.routineId());
                ps.setString(4, plan.times().stream().map(LocalTime::toString).collect(Collectors.joining(",")));
                ps.setString(5, plan.orderedDays().stream().map(d -> d.name().substring(0, 2))
                        .collect(Collectors.joining(",")));
                ps.setString(6, plan.start().toString());
                ps.setString(7, plan.end() == null ? null : plan.end().toString());
                ps.setLong(8, clock.millis());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void deletePlan(String id) throws StorageException {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Map<LocalDate, Map<String, Integer>> completed(String profileId, LocalDate from, LocalDate to)
            throws StorageException {
        return db.read(c -> {
            Map<LocalDate, Map<String, Integer>> result = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT local_date, routine_id, COUNT(*) FROM session"
                    + " WHERE profile_id = ? AND local_date BETWEEN ? AND ?"
                    + " AND done_seconds * 2 >= planned_seconds"
                    + " AND routine_id IS NOT NULL GROUP BY local_date, routine_id")) {
                ps.setString(1, profileId);
                ps.setString(2, from.toString());
                ps.setString(3, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.computeIfAbsent(LocalDate.parse(rs.getString(1)), d -> new HashMap<>())
                                .put(rs.getString(2), rs.getInt(3));
                    }
                }
            }
            return result;
        });
    }

    static List<LocalTime> times(String joined) {
        return Arrays.stream(joined.split(",")).map(String::strip).map(LocalTime::parse).toList();
    }

    static Set<DayOfWeek> days(String joined) {
        Map<String, DayOfWeek> byCode = Arrays.stream(DayOfWeek.values())
                .collect(Collectors.toMap(d -> d.name().substring(0, 2), d -> d));
        return Arrays.stream(joined.split(",")).map(String::strip).map(byCode::get)
                .collect(Collectors.toUnmodifiableSet());
    }
}
