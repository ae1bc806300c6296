package org.limber.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When the history suggests asking a professional: pain recorded for more than three weeks
 * without getting better, or pain after a session higher than before it three times running.
 * A suggestion, never a diagnosis.
 */
public final class Insights {

    /** Why a check-up is suggested. */
    public enum Reason { NO_IMPROVEMENT, WORSE_AFTER_SESSIONS }

    static final int WEEKS = 3;
    static final int RUN = 3;

    private Insights() {
    }

    public static Optional<Reason> check(List<SessionSummary> sessions) {
        List<SessionSummary> byTime = new ArrayList<>(sessions);
        byTime.sort(Comparator.comparingLong(SessionSummary::startedAtMillis));
        if (worseAfterSessions(byTime)) {
            return Optional.of(Reason.WORSE_AFTER_SESSIONS);
        }
        return noImprovement(byTime) ? Optional.of(Reason.NO_IMPROVEMENT) : Optional.empty();
    }

    /** The last three sessions with both ratings each ended with more pain than they began with. */
    static boolean worseAfterSessions(List<SessionSummary> byTime) {
        List<SessionSummary> rated = byTime.stream()
                .filter(s -> s.painBefore() != null && s.painAfter() != null).toList();
        if (rated.size() < RUN) {
            return false;
        }
        return rated.subList(rated.size() - RUN, rated.size()).stream().allMatch(s -> s.painAfter() > s.painBefore());
    }

    /**
     * Pain has been recorded over more than three weeks, and the average of the last week is no
     * lower than the average of the first week of that span.
     */
    static boolean noImprovement(List<SessionSummary> byTime) {
        List<SessionSummary> rated = byTime.stream().filter(s -> s.painBefore() != null).toList();
        if (rated.size() < 4) {
            return false;
        }
        LocalDate last = rated.get(rated.size() - 1).date();
        LocalDate first = rated.get(0).date();
        if (ChronoUnit.DAYS.between(first, last) <= WEEKS * 7L) {
            return false;
        }
        LocalDate spanStart = last.minusWeeks(WEEKS);
        List<SessionSummary> span = rated.stream().filter(s -> !s.date().isBefore(spanStart.minusWeeks(1))).toList();
        double early = average(span.stream().filter(s -> s.date().isBefore(spanStart.plusDays(1))).toList());
        double late = average(span.stream().filter(s -> s.date().isAfter(last.minusWeeks(1))).toList());
        return !Double.isNaN(early) && !Double.isNaN(late) && late >= early;
    }

    private static double average(List<SessionSummary> sessions) {
        return sessions.stream().mapToInt(SessionSummary::painBefore).average().orElse(Double.NaN);
    }
}
