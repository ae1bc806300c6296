package org.limber.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the plans ask of one day, and how much of it is done. */
public final class Agenda {

    private Agenda() {
    }

    /** One routine due today: how many times, and how many of those are done. */
    public record Item(Plan plan, int due, int done) {

        public boolean finished() {
            return done >= due;
        }
    }

    /**
     * The day's items, in order of their first time. Sessions of a routine are shared out over
     * the plans of that routine in that order, so two plans of one routine are not both ticked
     * by a single session.
     */
    public static List<Item> of(List<Plan> plans, Map<String, Integer> completedByRoutine, LocalDate day) {
        Map<String, Integer> left = new HashMap<>(completedByRoutine);
        List<Item> items = new ArrayList<>();
        plans.stream().filter(p -> p.dueOn(day) > 0)
                .sorted(Comparator.comparing((Plan p) -> p.times().get(0)).thenComparing(Plan::routineName))
                .forEach(plan -> {
                    int due = plan.dueOn(day);
                    int done = Math.min(due, left.getOrDefault(plan.routineId(), 0));
                    left.merge(plan.routineId(), -done, Integer::sum);
                    items.add(new Item(plan, due, done));
                });
        return items;
    }
}
