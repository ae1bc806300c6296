package org.limber.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.limber.io.StorageException;
import org.limber.library.CatalogueException;
import org.limber.library.CatalogueLoader;
import org.limber.library.CustomExerciseStore;
import org.limber.library.Exercise;
import org.limber.routine.Routine;
import org.limber.routine.StepsJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Custom exercises as JSON documents in the catalogue's own format. */
public final class SqlCustomExerciseStore implements CustomExerciseStore {

    private static final Logger LOG = LoggerFactory.getLogger(SqlCustomExerciseStore.class);

    private final Database db;
    private final Clock clock;
    private final ObjectMapper mapper = CatalogueLoader.mapper();

    public SqlCustomExerciseStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Exercise> listExercises() throws StorageException {
        CatalogueLoader loader = new CatalogueLoader();
        return db.read(c -> {
            List<Exercise> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, body FROM custom_exercise ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        list.add(loader.parse(rs.getString(2).getBytes(StandardCharsets.UTF_8)));
                    } catch (CatalogueException e) {
                        LOG.warn("Custom exercise {} is unreadable and left out: {}", rs.getString(1), e.getMessage());
                    }
                }
            }
            return list;
        });
    }

    @Override
    public void saveExercise(Exercise exercise) throws StorageException {
        long now = clock.millis();
        db.write(c -> {
            upsert(c, exercise, now);
            return null;
        });
    }

    @Override
    public void deleteExercise(String id) throws StorageException {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM custom_exercise WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }

    /** The names of every profile's routines with a step of this exercise, sorted. */
    @Override
    public List<String> routinesUsing(String exerciseId) throws StorageException {
        return db.read(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, body FROM routine ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        Routine routine = StepsJson.read(rs.getString(1), rs.getString(2), rs.getString(3));
                        if (routine.steps().stream().anyMatch(s -> s.exerciseId().equals(exerciseId))) {
                            names.add(routine.name());
                        }
                    } catch (JsonProcessingException e) {
                        LOG.warn("Routine {} has unreadable steps and is not checked: {}", rs.getString(1), e.getMessage());
                    }
                }
            }
            return names;
        });
    }

    void upsert(Connection c, Exercise exercise, long now) throws SQLException {
        String body;
        try {
            body = mapper.writeValueAsString(exercise);
        } catch (IOException e) {
            throw new SQLException("exercise " + exercise.id() + " cannot be written", e);
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE custom_exercise SET body = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, body);
            update.setLong(2, now);
            update.setString(3, exercise.id());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO custom_exercise (id, body, updated_at) VALUES (?, ?, ?)")) {
            insert.setString(1, exercise.id());
            insert.setString(2, body);
            insert.setLong(3, now);
            insert.executeUpdate();
        }
    }
}
