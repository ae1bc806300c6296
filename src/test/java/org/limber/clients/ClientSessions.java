package org.limber.clients;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.limber.results.FollowedPlan;
import org.limber.results.ResultSession;
import org.limber.session.SessionRecorder.Status;
import org.limber.session.SessionRecorder.StepResult;

/** Small sessions and plans made up for the clients tests. */
final class ClientSessions {

    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private ClientSessions() {
    }

    /** A completed session on {@code date} with these pains and one step per result, exercises {@code ex-<i>}. */
    static ResultSession session(String id, LocalDate date, Integer before, Integer after, StepResult... results) {
        List<ResultSession.Step> steps = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            steps.add(step(i, "ex-" + i, results[i], date));
        }
        return with(id, date, before, after, steps);
    }

    static ResultSession with(String id, LocalDate date, Integer before, Integer after, List<ResultSession.Step> steps) {
        var start = date.atTime(8, 0).toInstant(ZoneOffset.UTC);
        return new ResultSession(id, "r-1", "Mornings", start, start.plusSeconds(600), date, 600, 600,
                Status.COMPLETED, before, after, null, steps);
    }

    static ResultSession.Step step(int position, String exerciseId, StepResult result, LocalDate date) {
        return new ResultSession.Step(position, exerciseId, "Exercise " + exerciseId, 60, 60, result,
                date.atTime(8, 5).toInstant(ZoneOffset.UTC));
    }

    static FollowedPlan everyDay(LocalDate start) {
        return plan(start, EnumSet.allOf(DayOfWeek.class));
    }

    static FollowedPlan plan(LocalDate start, Set<DayOfWeek> days) {
        return new FollowedPlan("p-1", "r-1", "Mornings", List.of(LocalTime.of(8, 0)), days, start, null);
    }
}
