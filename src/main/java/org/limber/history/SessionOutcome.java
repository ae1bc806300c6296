package org.limber.history;

import java.util.Locale;

/**
 * What happened in a session, as the history shows it. The database keeps only how the player
 * ended ({@code completed} when it reached the end, {@code stopped}, or {@code running} when the
 * app closed mid-session); the outcome is derived from that and the planned and done seconds,
 * so sessions recorded before this rule existed read the same way.
 */
public enum SessionOutcome {
    /** Reached the end with at most a quarter of the planned time skipped. */
    COMPLETED,
    /** Reached the end, but more than a quarter of it was skipped. */
    PARTLY_DONE,
    /** The person ended it early. */
    STOPPED,
    /** The app was closed or stopped during the session. */
    INTERRUPTED;

    public static SessionOutcome of(String endState, int plannedSeconds, int doneSeconds) {
        if ("stopped".equals(endState)) {
            return STOPPED;
        }
        if (!"completed".equals(endState)) {
            return INTERRUPTED;
        }
        return 4L * doneSeconds >= 3L * plannedSeconds ? COMPLETED : PARTLY_DONE;
    }

    /**
     * Whether a session keeps its slot in a plan: at least half of its planned time was done,
     * however it ended. (SqlPlanStore counts with the same rule in SQL.)
     */
    public static boolean keepsSlot(int plannedSeconds, int doneSeconds) {
        return 2L * doneSeconds >= plannedSeconds;
    }

    /** Lower-case name, as used in message keys and the CSV export. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
