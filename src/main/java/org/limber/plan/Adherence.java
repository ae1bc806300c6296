package org.limber.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Done against planned. On each day a plan asks for n sessions of its routine; sessions of
 * that routine on that day that reached at least half of their planned time count up to n (a third session on a twice-a-day plan
 * is welcome but does not make up for a missed day).
 */
public record Adherence(int planned, int done) {

    public static final Adherence NONE = new Adherence(0, 0);

    /** Whole percent done, or -1 when nothing was planned. */
    public int percent() {
        return planned == 0 ? -1 : (int) Math.round(100.0 * done / planned);
    }

    /**
     * Like {@link #of} through yesterday; today counts only the sessions already done (up to
     * what is due), so a morning check of History does not show the evening session as missed.
     */
    public static Adherence untilNow(List<Plan> plans, Map<LocalDate, Map<String, Integer>> completed,
            LocalDate from, LocalDate today) {
        Adherence past = from.isBefore(today) ? of(plans, completed, from, today.minusDays(1)) : NONE;
        if (from.isAfter(today)) {
            return past;
        }
        Adherence day = of(plans, completed, today, today);
        return new Adherence(past.planned() + day.done(), past.done() + day.done());
    }

    public static Adherence of(List<Plan> plans, Map<LocalDate, Map<String, Integer>> completed,
            LocalDate from, LocalDate to) {
        int planned = 0;
        int done = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Map<String, Integer> thatDay = completed.getOrDefault(day, Map.of());
            Map<String, Integer> due = new HashMap<>();
            for (Plan plan : plans) {
                due.merge(plan.routineId(), plan.dueOn(day), Integer::sum);
            }
            for (Map.Entry<String, Integer> entry : due.entrySet()) {
                planned += entry.getValue();
                done += Math.min(entry.getValue(), thatDay.getOrDefault(entry.getKey(), 0));
            }
        }
        return new Adherence(planned, done);
    }
}
