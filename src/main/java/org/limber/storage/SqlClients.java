package org.limber.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.limber.clients.ClientsSource;
import org.limber.io.StorageException;
import org.limber.results.FollowedPlan;
import org.limber.results.ResultSession;

/** The clients overview's reads: {@code results_client}, {@code client_plan} and the clients' sessions. */
public final class SqlClients implements ClientsSource {

    private final Database db;

    public SqlClients(Database db) {
        this.db = db;
    }

    @Override
    public List<Client> clients() throws StorageException {
        return db.read(c -> {
            List<Client> clients = new ArrayList<>();
            // one row per profile, though several person ids may have gone to it
            try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.name, MAX(rc.last_import_at)"
                    + " FROM profile p JOIN results_client rc ON rc.profile_id = p.id"
                    + " GROUP BY p.id, p.name ORDER BY LOWER(p.name), p.id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    clients.add(new Client(rs.getString(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))));
                }
            }
            return clients;
        });
    }

    @Override
    public List<FollowedPlan> plans(String profileId) throws StorageException {
        return db.read(c -> {
            List<FollowedPlan> plans = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, routine_id, routine_name, times, weekdays,"
                    + " start_date, end_date FROM client_plan WHERE profile_id = ? ORDER BY routine_name, id")) {
                ps.setString(1, profileId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String end = rs.getString(7);
                        plans.add(new FollowedPlan(rs.getString(1), rs.getString(2), rs.getString(3),
                                SqlPlanStore.times(rs.getString(4)), SqlPlanStore.days(rs.getString(5)),
                                LocalDate.parse(rs.getString(6)), end == null ? null : LocalDate.parse(end)));
                    }
                }
            }
            return plans;
        });
    }

    @Override
    public List<ResultSession> sessions(String profileId, LocalDate from, LocalDate to) throws StorageException {
        return db.read(c -> SqlResultSessions.inRange(c, profileId, from, to));
    }
}
