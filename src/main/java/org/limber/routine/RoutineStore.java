package org.limber.routine;

import java.util.List;
import java.util.Optional;
import org.limber.io.StorageException;
import org.limber.library.Exercise;

/** Saved routines, per profile. Every method is one transaction. */
public interface RoutineStore {

    List<Routine> list(String profileId) throws StorageException;

    /** Inserts or updates the routine (by id) together with the custom exercises it needs. */
    void save(String profileId, Routine routine, List<Exercise> customExercises) throws StorageException;

    void delete(String routineId) throws StorageException;

    /** How many plans use the routine: they end when it is deleted, so the person is asked first. */
    int plansUsing(String routineId) throws StorageException;

    /**
     * Saves the templates for the profile the first time this data file is used, and never again
     * (a user who deletes them does not get them back). True when they were saved now.
     */
    boolean seedOnce(String profileId, List<Routine> templates) throws StorageException;

    /** The name and practice last put in routine files shared from this data folder, if any. */
    default Optional<Physiotherapist> sharedAs() throws StorageException {
        return Optional.empty();
    }

    /** Remembers the name and practice put in routine files shared from here; null forgets them. */
    default void shareAs(Physiotherapist physiotherapist) throws StorageException {
        // a store that keeps nothing
    }
}
