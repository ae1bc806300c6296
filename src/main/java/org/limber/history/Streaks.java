package org.limber.history;

import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Days in a row with at least one session. The current streak still counts when today has no
 * session yet but yesterday had one: the day is not over.
 */
public record Streaks(int current, int longest) {

    public static Streaks of(Iterable<LocalDate> activeDays, LocalDate today) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        activeDays.forEach(days::add);
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        LocalDate cursor = days.contains(today) ? today : today.minusDays(1);
        int current = 0;
        while (days.contains(cursor)) {
            current++;
            cursor = cursor.minusDays(1);
        }
        return new Streaks(current, longest);
    }
}
