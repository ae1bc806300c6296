package org.limber.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A routine a person is meant to do on a schedule: at the given times of day, on the given days
 * of the week, from the start date through the end date (none: open-ended).
 */
public record Plan(String id, String profileId, String routineId, String routineName, List<LocalTime> times,
        Set<DayOfWeek> days, LocalDate start, LocalDate end) {

    public static final int MAX_TIMES_PER_DAY = 6;

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(routineId, "routineId");
        Objects.requireNonNull(start, "start");
        routineName = routineName == null ? "" : routineName;
        times = times.stream().sorted().distinct().toList();
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (times.isEmpty() || times.size() > MAX_TIMES_PER_DAY) {
            throw new IllegalArgumentException("a plan needs 1 to " + MAX_TIMES_PER_DAY + " times a day");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one day of the week");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a plan cannot end before it starts");
        }
    }

    /** How many sessions the plan asks for on {@code day}: none outside its dates and days. */
    public int dueOn(LocalDate day) {
        return runsOn(day) && days.contains(day.getDayOfWeek()) ? times.size() : 0;
    }

    /** Whether {@code day} is between the plan's start and end (any day of the week). */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }

    /** The first day on or after the start that the plan asks for anything, if any. */
    public Optional<LocalDate> firstDay() {
        for (int i = 0; i < 7; i++) {
            LocalDate day = start.plusDays(i);
            if (dueOn(day) > 0) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** The days in Monday-first order, for showing and for the calendar file. */
    public List<DayOfWeek> orderedDays() {
        return EnumSet.copyOf(days).stream().toList();
    }
}
