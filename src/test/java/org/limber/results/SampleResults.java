package org.limber.results;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.limber.session.SessionRecorder.Status;
import org.limber.session.SessionRecorder.StepResult;

/** Results made up for tests: sessions of every kind (completed, stopped, running, with and without pain). */
public final class SampleResults {

    public static final String PERSON = "3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b";

    private SampleResults() {
    }

    /** {@code days} daily sessions from {@code first}, each with {@code steps} steps, ids {@code prefix-<n>}. */
    public static List<ResultSession> daily(String prefix, LocalDate first, int days, int steps) {
        List<ResultSession> sessions = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            Instant start = date.atTime(8, 0).toInstant(ZoneOffset.UTC).plusMillis(d % 1000);
            Status status = d % 7 == 6 ? Status.RUNNING : d % 5 == 4 ? Status.STOPPED : Status.COMPLETED;
            List<ResultSession.Step> list = new ArrayList<>(steps);
            for (int i = 0; i < steps; i++) {
                StepResult result = (d + i) % 11 == 3 ? StepResult.HURT : (d + i) % 9 == 2 ? StepResult.SKIPPED
                        : StepResult.DONE;
                list.add(new ResultSession.Step(i, "exercise-" + (i % 6), "Exercise " + (i % 6), 60,
                        result == StepResult.DONE ? 60 : 12, result, start.plusSeconds(60L * (i + 1))));
            }
            int done = list.stream().mapToInt(ResultSession.Step::doneSeconds).sum();
            sessions.add(new ResultSession(prefix + "-" + d, "routine-1", "Gentle mornings", start,
                    status == Status.RUNNING ? null : start.plusSeconds(60L * steps + 30), date, 60 * steps, done, status,
                    d % 3 == 0 ? null : d % 10, d % 4 == 0 ? null : (d + 2) % 11, d % 6 == 1 ? "Felt stiff, day " + d : null,
                    list));
        }
        return sessions;
    }

    public static FollowedPlan plan() {
        return new FollowedPlan("plan-1", "routine-1", "Gentle mornings", List.of(LocalTime.of(8, 0), LocalTime.of(18, 30)),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalDate.of(2026, 1, 5), null);
    }

    public static ResultsFile file(List<ResultSession> sessions) {
        return new ResultsFile(new ResultsFile.Person(PERSON, "Anna B."), List.of(plan()), sessions);
    }
}
