package org.limber.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A person with no plans: adherence stays empty. */
public final class NoPlans implements PlanStore {

    @Override
    public List<Plan> plans(String profileId) {
        return List.of();
    }

    @Override
    public void savePlan(Plan plan) {
    }

    @Override
    public void deletePlan(String id) {
    }

    @Override
    public Map<LocalDate, Map<String, Integer>> completed(String profileId, LocalDate from, LocalDate to) {
        return Map.of();
    }
}
