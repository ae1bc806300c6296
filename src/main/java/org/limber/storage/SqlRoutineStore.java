package org.limber.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.limber.io.StorageException;
import org.limber.library.Exercise;
import org.limber.routine.Physiotherapist;
import org.limber.routine.Routine;
import org.limber.routine.RoutineStore;
import org.limber.routine.StepsJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routines in the {@code routine} table; steps as one JSON document per row. */
public final class SqlRoutineStore implements RoutineStore {

    /** The name and practice put in routine files shared from this data folder (app_meta keys). */
    private static final String SHARED_NAME = "shared-as-name";
    private static final String SHARED_PRACTICE = "shared-as-practice";

    private static final Logger LOG = LoggerFactory.getLogger(SqlRoutineStore.class);

    private final Database db;
    private final Clock clock;
    private final SqlCustomExerciseStore exercises;

    public SqlRoutineStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.exercises = new SqlCustomExerciseStore(db, clock);
    }

    @Override
    public List<Routine> list(String profileId) throws StorageException {
        return db.read(c -> {
            List<Routine> routines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, body FROM routine WHERE profile_id = ? ORDER BY name")) {
                ps.setString(1, profileId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            routines.add(StepsJson.read(rs.getString(1), rs.getString(2), rs.getString(3)));
                        } catch (JsonProcessingException e) {
                            LOG.warn("Routine {} has unreadable steps and is left out: {}", rs.getString(1), e.getMessage());
                        }
                    }
                }
            }
            return routines;
        });
    }

    @Override
    public void save(String profileId, Routine routine, List<Exercise> customExercises) throws StorageException {
        long now = clock.millis();
        db.write(c -> {
            for (Exercise exercise : customExercises) {
                exercises.upsert(c, exercise, now);
            }
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE routine SET name = ?, body = ?, profile_id = ?, updated_at = ? WHERE id = ?")) {
                update.setString(1, routine.name());
                update.setString(2, StepsJson.write(routine));
                update.setString(3, profileId);
                update.setLong(4, now);
                update.setString(5, routine.id());
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            insert(c, profileId, routine, now);
            return null;
        });
    }

    @Override
    public boolean seedOnce(String profileId, List<Routine> templates) throws StorageException {
        long now = clock.millis();
        return db.write(c -> {
            try (PreparedStatement check = c.prepareStatement("SELECT 1 FROM app_meta WHERE meta_key = 'templates-seeded'");
                    ResultSet rs = check.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
            for (Routine routine : templates) {
                insert(c, profileId, routine, now);
            }
            try (PreparedStatement mark = c.prepareStatement(
                    "INSERT INTO app_meta (meta_key, meta_value) VALUES ('templates-seeded', ?)")) {
                mark.setString(1, Long.toString(now));
                mark.executeUpdate();
            }
            return true;
        });
    }

    private static void insert(Connection c, String profileId, Routine routine, long now)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO routine (id, profile_id, name, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, routine.id());
            insert.setString(2, profileId);
            insert.setString(3, routine.name());
            insert.setString(4, StepsJson.write(routine));
            insert.setLong(5, now);
            insert.setLong(6, now);
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<Physiotherapist> sharedAs() throws StorageException {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT meta_key, meta_value FROM app_meta"
                    + " WHERE meta_key IN ('" + SHARED_NAME + "', '" + SHARED_PRACTICE + "')");
                    ResultSet rs = ps.executeQuery()) {
                String name = null;
                String practice = null;
                while (rs.next()) {
                    if (SHARED_NAME.equals(rs.getString(1))) {
                        name = rs.getString(2);
                    } else {
                        practice = rs.getString(2);
                    }
                }
                return Optional.ofNullable(Physiotherapist.of(name, practice));
            }
        });
    }

    @Override
    public void shareAs(Physiotherapist physiotherapist) throws StorageException {
        db.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM app_meta WHERE meta_key IN (?, ?)")) {
                delete.setString(1, SHARED_NAME);
                delete.setString(2, SHARED_PRACTICE);
                delete.executeUpdate();
            }
            if (physiotherapist != null) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO app_meta (meta_key, meta_value) VALUES (?, ?), (?, ?)")) {
                    insert.setString(1, SHARED_NAME);
                    insert.setString(2, physiotherapist.name());
                    insert.setString(3, SHARED_PRACTICE);
                    insert.setString(4, physiotherapist.practice());
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public int plansUsing(String routineId) throws StorageException {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM plan WHERE routine_id = ?")) {
                ps.setString(1, routineId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public void delete(String routineId) throws StorageException {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM routine WHERE id = ?")) {
                ps.setString(1, routineId);
                return ps.executeUpdate();
            }
        });
    }
}
