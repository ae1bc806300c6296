package org.limber.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limber.io.StorageException;
import org.limber.plan.Adherence;
import org.limber.plan.Plan;
import org.limber.plan.PlanStore;

/**
 * Everything the History page and the progress report say about one filter, read once so both
 * show the same figures. Time and plan adherence are grouped by week, or by month or year over
 * long ranges, so a chart never has more than a few dozen bars.
 */
public record ProgressFigures(HistoryFigures.Filter filter, HistoryFigures.Totals totals, List<HistoryFigures.Day> days,
        List<HistoryFigures.ExerciseTally> exercises, List<HistoryFigures.Note> notes, Streaks streaks,
        Adherence adherence, Period period, Map<LocalDate, Long> secondsPer, Map<LocalDate, Adherence> adherencePer) {

    /** How the bars of the time and adherence charts group the days. */
    public enum Period { WEEK, MONTH, YEAR }

    /** At most this many notes are read (the newest); the count of all of them is in the totals. */
    public static final int NOTES = 200;

    public static ProgressFigures load(HistoryFigures figures, HistoryStore history, PlanStore plans,
            HistoryFigures.Filter filter, LocalDate today) throws StorageException {
        List<HistoryFigures.Day> days = figures.days(filter);
        Period period = periodFor(filter.from(), filter.to());
        Map<LocalDate, Long> seconds = new LinkedHashMap<>();
        for (LocalDate start = start(filter.from(), period); !start.isAfter(filter.to()); start = next(start, period)) {
            seconds.put(start, 0L);
        }
        for (HistoryFigures.Day day : days) {
            seconds.merge(start(day.date(), period), day.doneSeconds(), Long::sum);
        }
        Map<LocalDate, Adherence> adherencePer = new LinkedHashMap<>();
        Adherence adherence = Adherence.NONE;
        if (plans != null) {
            List<Plan> planList = plans.measuredPlans(filter.profileId());
            LocalDate lastDue = filter.to().isAfter(today) ? today : filter.to();
            Map<LocalDate, Map<String, Integer>> kept = lastDue.isBefore(filter.from()) ? Map.of()
                    : plans.completed(filter.profileId(), filter.from(), lastDue);
            adherence = kept(planList, kept, filter.from(), lastDue, today);
            for (LocalDate start : seconds.keySet()) {
                LocalDate first = start.isBefore(filter.from()) ? filter.from() : start;
                LocalDate last = next(start, period).minusDays(1);
                adherencePer.put(start, kept(planList, kept, first, last.isAfter(lastDue) ? lastDue : last, today));
            }
        }
        return new ProgressFigures(filter, figures.totals(filter), days, figures.exercises(filter),
                figures.notes(filter, NOTES), Streaks.of(history.activeDays(filter.profileId()), today), adherence, period,
                seconds, adherencePer);
    }

    /** Plan adherence from {@code from} to {@code to}; today counts only what is already done. */
    public static Adherence kept(List<Plan> plans, Map<LocalDate, Map<String, Integer>> kept,
            LocalDate from, LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            return Adherence.NONE;
        }
        return to.isBefore(today) ? Adherence.of(plans, kept, from, to) : Adherence.untilNow(plans, kept, from, today);
    }

    static Period periodFor(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return days <= 26 * 7 ? Period.WEEK : days <= 3 * 366 ? Period.MONTH : Period.YEAR;
    }

    /** The first day of the week (Monday), month or year that holds {@code day}. */
    public static LocalDate start(LocalDate day, Period period) {
        return switch (period) {
            case WEEK -> WeeklyMinutes.monday(day);
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
        };
    }

    static LocalDate next(LocalDate start, Period period) {
        return switch (period) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }
}
