package org.limber.safety;

import java.util.HashMap;
import java.util.Map;
import org.limber.io.StorageException;

/** Safety answers kept in memory, for view-model tests; {@link #failing} makes every call fail. */
public final class MemorySafetyStore implements SafetyStore {

    private final Map<String, SafetyAnswers> kept = new HashMap<>();
    public boolean failing;

    @Override
    public SafetyAnswers answers(String profileId) throws StorageException {
        check();
        return kept.getOrDefault(profileId, SafetyAnswers.NOT_ASKED);
    }

    @Override
    public void save(String profileId, SafetyAnswers answers) throws StorageException {
        check();
        kept.put(profileId, answers);
    }

    @Override
    public boolean adopt(String profileId, SafetyAnswers answers) throws StorageException {
        check();
        return kept.putIfAbsent(profileId, answers) == null;
    }

    /** What is kept for the profile, or null when nothing is (without failing). */
    public SafetyAnswers kept(String profileId) {
        return kept.get(profileId);
    }

    private void check() throws StorageException {
        if (failing) {
            throw new StorageException("boom");
        }
    }
}
