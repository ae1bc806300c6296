package org.limber.history;

import java.time.LocalDate;

/** One row of the history: a session and how it went. */
public record SessionSummary(
        String id,
        String routineName,
        long startedAtMillis,
        LocalDate date,
        int plannedSeconds,
        int doneSeconds,
        /** How the player ended: completed, stopped or running (see {@link SessionOutcome}). */
        String status,
        Integer painBefore,
        Integer painAfter,
        int hurtSteps,
        String notes) {

    /** Without notes (most sessions have none). */
    public SessionSummary(String id, String routineName, long startedAtMillis, LocalDate date, int plannedSeconds,
            int doneSeconds, String status, Integer painBefore, Integer painAfter, int hurtSteps) {
        this(id, routineName, startedAtMillis, date, plannedSeconds, doneSeconds, status, painBefore, painAfter,
                hurtSteps, null);
    }

    /** What happened, from the stored end state and the seconds done. */
    public SessionOutcome outcome() {
        return SessionOutcome.of(status, plannedSeconds, doneSeconds);
    }

    /** Share of the planned time that was done, 0..100. */
    public int completionPercent() {
        return plannedSeconds <= 0 ? 0 : (int) Math.min(100, Math.round(100.0 * doneSeconds / plannedSeconds));
    }
}
