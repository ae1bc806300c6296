package org.limber.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.limber.io.StorageException;
import org.limber.profile.Profile;
import org.limber.profile.ProfileStore;

/** Profiles in the {@code profile} table; routines and sessions follow by ON DELETE CASCADE. */
public final class SqlProfileStore implements ProfileStore {

    private final Database db;
    private final Clock clock;

    public SqlProfileStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Profile> listProfiles() throws StorageException {
        return db.read(c -> {
            List<Profile> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, notes FROM profile ORDER BY CASE WHEN id = 'me' THEN 0 ELSE 1 END, name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Profile(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return list;
        });
    }

    @Override
    public void saveProfile(Profile profile) throws StorageException {
        db.write(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE profile SET name = ?, notes = ? WHERE id = ?")) {
                update.setString(1, profile.name());
                update.setString(2, profile.notes());
                update.setString(3, profile.id());
                if (update.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO profile (id, name, notes, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, profile.id());
                insert.setString(2, profile.name());
                insert.setString(3, profile.notes());
                insert.setLong(4, clock.millis());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void deleteProfile(String id) throws StorageException {
        if (Profile.ME.equals(id)) {
            throw new StorageException("the profile 'Me' cannot be deleted");
        }
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM profile WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }
}
