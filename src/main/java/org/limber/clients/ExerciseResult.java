package org.limber.clients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limber.results.ResultSession;

/**
 * How one exercise went for a client: times done, skipped and with "it hurts" pressed, and the
 * mean change of pain (after minus before) over the sessions that had it and both pains given;
 * null when none had.
 */
public record ExerciseResult(String exerciseId, String name, int done, int skipped, int hurt, Double painChange) {

    /** Every exercise in {@code sessions}, in the order they first appear, under its latest name. */
    public static List<ExerciseResult> of(List<ResultSession> sessions) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (ResultSession s : sessions) {
            Integer change = s.painBefore() != null && s.painAfter() != null ? s.painAfter() - s.painBefore() : null;
            for (ResultSession.Step step : s.steps()) {
                Tally t = tallies.computeIfAbsent(step.exerciseId(), k -> new Tally());
                t.name = step.exerciseName().isBlank() ? step.exerciseId() : step.exerciseName();
                switch (step.result()) {
                    case DONE -> t.done++;
                    case SKIPPED -> t.skipped++;
                    case HURT -> t.hurt++;
                }
                if (change != null && !s.id().equals(t.lastSession)) {
                    t.changes += change;
                    t.rated++;
                }
                t.lastSession = s.id();
            }
        }
        List<ExerciseResult> results = new ArrayList<>(tallies.size());
        tallies.forEach((id, t) -> results.add(new ExerciseResult(id, t.name, t.done, t.skipped, t.hurt,
                t.rated == 0 ? null : (double) t.changes / t.rated)));
        return results;
    }

    private static final class Tally {
        String name;
        String lastSession;
        int done;
        int skipped;
        int hurt;
        long changes;
        int rated;
    }
}
