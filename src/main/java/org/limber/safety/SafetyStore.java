package org.limber.safety;

import org.limber.io.StorageException;

/** Each profile's own safety answers. A profile without any has {@link SafetyAnswers#NOT_ASKED}. */
public interface SafetyStore {

    SafetyAnswers answers(String profileId) throws StorageException;

    void save(String profileId, SafetyAnswers answers) throws StorageException;

    /**
     * Stores {@code answers} only if the profile has none yet (the answers an earlier version kept
     * in the settings file); true when they were stored.
     */
    boolean adopt(String profileId, SafetyAnswers answers) throws StorageException;
}
