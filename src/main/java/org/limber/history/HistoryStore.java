package org.limber.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.limber.io.StorageException;

/** Reading the history. Every query is bounded by profile and date range and uses an index. */
public interface HistoryStore {

    /** Sessions newest first, a page at a time. */
    List<SessionSummary> sessions(String profileId, LocalDate from, LocalDate to, int limit, int offset)
            throws StorageException;

    /** Seconds done per day with at least one session. */
    Map<LocalDate, Integer> secondsPerDay(String profileId, LocalDate from, LocalDate to) throws StorageException;

    /** Every day that had a session (for streaks). */
    List<LocalDate> activeDays(String profileId) throws StorageException;

    /** The steps of every session of the profile in the range, for export. */
    List<StepSummary> steps(String profileId, LocalDate from, LocalDate to) throws StorageException;

    /** The steps of one session, in order. */
    List<StepSummary> steps(String sessionId) throws StorageException;

    /** Every profile, by name: the people whose history can be shown. */
    List<Profile> profiles() throws StorageException;

    /** A person whose sessions are kept. */
    record Profile(String id, String name) {
    }

    /** One step of a recorded session. */
    record StepSummary(String sessionId, int position, String exerciseId, String exerciseName, int plannedSeconds,
            int doneSeconds, String result) {
    }
}
