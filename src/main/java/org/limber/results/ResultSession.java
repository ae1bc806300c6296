package org.limber.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.limber.session.SessionRecorder.Status;
import org.limber.session.SessionRecorder.StepResult;

/**
 * One session as a results file carries it: everything the history keeps of it, steps included.
 * {@code endedAt} is null while it runs; a pain of null was not given (never 0 for "not given").
 * Times are kept to the millisecond and steps in the order of their positions, as the history
 * keeps them, so a session read from a file equals the one stored from it.
 */
public record ResultSession(String id, String routineId, String routineName, Instant startedAt, Instant endedAt,
        LocalDate date, int plannedSeconds, int doneSeconds, Status status, Integer painBefore, Integer painAfter,
        String notes, List<Step> steps) {

    public ResultSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        startedAt = startedAt.truncatedTo(ChronoUnit.MILLIS);
        endedAt = endedAt == null ? null : endedAt.truncatedTo(ChronoUnit.MILLIS);
        routineName = routineName == null ? "" : routineName;
        notes = notes == null || notes.isBlank() ? null : notes;
        // in order, as the history reads them back
        steps = steps.stream().sorted(Comparator.comparingInt(Step::position)).toList();
    }

    /** One step of the session and what became of it ({@link StepResult#HURT}: "It hurts" was pressed). */
    public record Step(int position, String exerciseId, String exerciseName, int plannedSeconds, int doneSeconds,
            StepResult result, Instant finishedAt) {

        public Step {
            Objects.requireNonNull(exerciseId, "exerciseId");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(finishedAt, "finishedAt");
            finishedAt = finishedAt.truncatedTo(ChronoUnit.MILLIS);
            exerciseName = exerciseName == null ? "" : exerciseName;
        }

        public boolean hurt() {
            return result == StepResult.HURT;
        }
    }

    /**
     * How far the session had got when this copy was made: an ended session is further than a
     * running one, then more steps, a later end, more seconds done. A copy that is not behind the
     * kept one replaces it when they differ (a note added after the end keeps the same progress).
     */
    private long[] progress() {
        return new long[] {status == Status.RUNNING ? 0 : 1, steps.size(), endedAt == null ? -1 : endedAt.toEpochMilli(),
            doneSeconds};
    }

    /** Whether this copy is behind {@code other} in {@link #progress()}. */
    public boolean isBehind(ResultSession other) {
        return Arrays.compare(progress(), other.progress()) < 0;
    }
}
