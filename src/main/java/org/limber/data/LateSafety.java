package org.limber.data;

import java.time.Clock;
import org.limber.io.StorageException;
import org.limber.safety.SafetyAnswers;
import org.limber.safety.SafetyStore;
import org.limber.storage.Database;
import org.limber.storage.SqlSafetyStore;

/** Each profile's safety answers, usable from the start; until the database is open every call says so. */
final class LateSafety implements SafetyStore {

    private volatile SqlSafetyStore sql;

    void open(Database db, Clock clock) {
        sql = new SqlSafetyStore(db, clock);
    }

    @Override
    public SafetyAnswers answers(String profileId) throws StorageException {
        return LateStores.required(sql).answers(profileId);
    }

    @Override
    public void save(String profileId, SafetyAnswers answers) throws StorageException {
        LateStores.required(sql).save(profileId, answers);
    }

    @Override
    public boolean adopt(String profileId, SafetyAnswers answers) throws StorageException {
        return LateStores.required(sql).adopt(profileId, answers);
    }
}
