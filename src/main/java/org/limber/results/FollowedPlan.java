package org.limber.results;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.limber.plan.Plan;

/** A plan as a results file carries it: the schedule the person followed, without their profile. */
public record FollowedPlan(String id, String routineId, String routineName, List<LocalTime> times,
        Set<DayOfWeek> days, LocalDate start, LocalDate end) {

    public FollowedPlan {
        Plan checked = new Plan(id, "-", routineId, routineName, times, days, start, end);
        routineName = checked.routineName();
        times = checked.times();
        days = checked.days();
    }

    public static FollowedPlan of(Plan plan) {
        return new FollowedPlan(plan.id(), plan.routineId(), plan.routineName(), plan.times(), plan.days(), plan.start(),
                plan.end());
    }

    /** The plan filed under a profile of this computer. */
    public Plan in(String profileId) {
        return new Plan(id, profileId, routineId, routineName, times, days, start, end);
    }
}
