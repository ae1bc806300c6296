package org.limber.clients;

import java.time.LocalDate;
import java.util.List;
import org.limber.results.FollowedPlan;

/** What a client's plans ask for on a day: how many sessions (one for each time of each plan running then). */
final class PlannedDays {

    private final List<FollowedPlan> plans;

    PlannedDays(List<FollowedPlan> plans) {
        this.plans = List.copyOf(plans);
    }

    int sessionsOn(LocalDate day) {
        int count = 0;
        for (FollowedPlan p : plans) {
            boolean running = !day.isBefore(p.start()) && (p.end() == null || !day.isAfter(p.end()));
            if (running && p.days().contains(day.getDayOfWeek())) {
                count += Math.max(1, p.times().size());
            }
        }
        return count;
    }

    boolean planned(LocalDate day) {
        return sessionsOn(day) > 0;
    }

    /** The first day any plan starts on; null without plans. */
    LocalDate firstStart() {
        return plans.stream().map(FollowedPlan::start).min(LocalDate::compareTo).orElse(null);
    }
}
