package org.limber.history;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a date range is summed up for the history page: a year or so is shown day by day (the
 * chart by week); longer ranges by month, and more than three years by year, so that any range
 * fits on the page.
 */
public final class Periods {

    /** A little over a year is still shown day by day. */
    static final long DAYS_SHOWN_BY_DAY = 400;
    /** Up to three years, the chart has a bar per month. */
    static final long DAYS_SHOWN_BY_MONTH = 3 * 366;

    private Periods() {
    }

    /** The unit of the calendar's cells and the chart's bars. */
    public enum Grain { WEEK, MONTH, YEAR }

    public static Grain grain(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days <= DAYS_SHOWN_BY_DAY) {
            return Grain.WEEK;
        }
        return days <= DAYS_SHOWN_BY_MONTH ? Grain.MONTH : Grain.YEAR;
    }

    /** The first day of the period that holds {@code day}. */
    public static LocalDate start(LocalDate day, Grain grain) {
        return switch (grain) {
            case WEEK -> WeeklyMinutes.monday(day);
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** Minutes per period (keyed by its first day), every period of the range present, in order. */
    public static Map<LocalDate, Integer> minutes(Map<LocalDate, Integer> secondsPerDay, LocalDate from, LocalDate to,
            Grain grain) {
        Map<LocalDate, Integer> periods = new TreeMap<>();
        for (LocalDate period = start(from, grain); !period.isAfter(to); period = next(period, grain)) {
            periods.put(period, 0);
        }
        secondsPerDay.forEach((day, seconds) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                periods.merge(start(day, grain), seconds, Integer::sum);
            }
        });
        periods.replaceAll((period, seconds) -> (seconds + 30) / 60);
        return periods;
    }

    /** Minutes per month of the range, for a calendar of months. */
    public static Map<LocalDate, Integer> monthly(Map<LocalDate, Integer> secondsPerDay, LocalDate from, LocalDate to) {
        return minutes(secondsPerDay, from, to, Grain.MONTH);
    }

    /** True for the range the page opens with: the twelve months up to today. */
    public static boolean lastTwelveMonths(LocalDate from, LocalDate to, LocalDate today) {
        return to.equals(today) && from.equals(today.minusMonths(12).plusDays(1));
    }

    private static LocalDate next(LocalDate period, Grain grain) {
        return switch (grain) {
            case WEEK -> period.plusWeeks(1);
            case MONTH -> period.plusMonths(1);
            case YEAR -> period.plusYears(1);
        };
    }
}
