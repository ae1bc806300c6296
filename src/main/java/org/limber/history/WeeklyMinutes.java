package org.limber.history;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/** Minutes of exercise per week (weeks start on Monday), from seconds per day. */
public final class WeeklyMinutes {

    private WeeklyMinutes() {
    }

    public static Map<LocalDate, Integer> of(Map<LocalDate, Integer> secondsPerDay, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> weeks = new TreeMap<>();
        for (LocalDate week = monday(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            weeks.put(week, 0);
        }
        secondsPerDay.forEach((day, seconds) -> {
            if (!day.isBefore(from) && !day.isAfter(to)) {
                weeks.merge(monday(day), seconds, Integer::sum);
            }
        });
        weeks.replaceAll((week, seconds) -> (seconds + 30) / 60);
        return weeks;
    }

    public static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
