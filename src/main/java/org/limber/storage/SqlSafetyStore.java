package org.limber.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.limber.io.StorageException;
import org.limber.safety.SafetyAnswers;
import org.limber.safety.SafetyStore;

/** Safety answers in the {@code profile_safety} table, one row a profile; deleting the profile takes its row. */
public final class SqlSafetyStore implements SafetyStore {

    private static final String INSERT = "INSERT INTO profile_safety (profile_id, red_flags, conditions, asked_version,"
            + " updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id) ";

    private final Database db;
    private final Clock clock;

    public SqlSafetyStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public SafetyAnswers answers(String profileId) throws StorageException {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT red_flags, conditions, asked_version FROM profile_safety WHERE profile_id = ?")) {
                ps.setString(1, profileId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new SafetyAnswers(codes(rs.getString(1)), codes(rs.getString(2)), rs.getInt(3))
                            : SafetyAnswers.NOT_ASKED;
                }
            }
        });
    }

    @Override
    public void save(String profileId, SafetyAnswers answers) throws StorageException {
        db.write(c -> insert(c, profileId, answers, "DO UPDATE SET red_flags = excluded.red_flags,"
                + " conditions = excluded.conditions, asked_version = excluded.asked_version,"
                + " updated_at = excluded.updated_at"));
    }

    @Override
    public boolean adopt(String profileId, SafetyAnswers answers) throws StorageException {
        return db.write(c -> insert(c, profileId, answers, "DO NOTHING")) == 1;
    }

    private int insert(Connection c, String profileId, SafetyAnswers answers, String onConflict) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT + onConflict)) {
            ps.setString(1, profileId);
            ps.setString(2, String.join(",", answers.redFlags()));
            ps.setString(3, String.join(",", answers.conditions()));
            ps.setInt(4, answers.version());
            ps.setLong(5, clock.millis());
            return ps.executeUpdate();
        }
    }

    private static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
