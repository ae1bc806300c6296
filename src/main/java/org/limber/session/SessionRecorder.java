package org.limber.session;

import org.limber.io.StorageException;

/** Where a session is written as it happens: at its start, after every step, and at its end. */
public interface SessionRecorder {

    /** What became of a step. */
    enum StepResult { DONE, SKIPPED, HURT }

    /** What became of the session. */
    enum Status { RUNNING, COMPLETED, STOPPED }

    /** Records a new running session and returns its id. */
    String begin(SessionStart start) throws StorageException;

    /** Commits one finished step at once (replacing an earlier record of the same step). */
    void step(String sessionId, StepRecord step) throws StorageException;

    void finish(String sessionId, Status status, long endedAtMillis, int doneSeconds, Integer painAfter, String notes)
            throws StorageException;

    record SessionStart(String id, String profileId, String routineId, String routineName, long startedAtMillis,
            String localDate, int plannedSeconds, Integer painBefore) {
    }

    record StepRecord(int position, String exerciseId, String exerciseName, int plannedSeconds, int doneSeconds,
            StepResult result, long finishedAtMillis) {
    }
}
