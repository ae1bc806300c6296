package org.limber.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.limber.io.StorageException;

/** Plans per profile, and the finished sessions they are measured against. */
public interface PlanStore {

    /** The profile's plans, each with its routine's current name. */
    List<Plan> plans(String profileId) throws StorageException;

    /**
     * The plans the profile's sessions are measured against (adherence on History and in the
     * progress report): for a client whose results came in as files, the plans those files
     * carried, which their sessions' routine ids belong to; otherwise {@link #plans}.
     */
    default List<Plan> measuredPlans(String profileId) throws StorageException {
        return plans(profileId);
    }

    void savePlan(Plan plan) throws StorageException;

    void deletePlan(String id) throws StorageException;

    /**
     * Sessions that keep a plan's slot (at least half of the planned time done, as
     * {@code SessionOutcome.keepsSlot} has it) per day and routine id, between the two days inclusive.
     */
    Map<LocalDate, Map<String, Integer>> completed(String profileId, LocalDate from, LocalDate to)
            throws StorageException;
}
