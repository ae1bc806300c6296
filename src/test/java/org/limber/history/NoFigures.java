package org.limber.history;

import java.util.List;

/** Figures of a history with no sessions: for view-model and page tests whose fake store has no SQL behind it. */
public final class NoFigures implements HistoryFigures {

    @Override
    public Totals totals(Filter filter) {
        return new Totals(0, 0, 0, 0, 0, 0, null, null, 0, 0);
    }

    @Override
    public List<Day> days(Filter filter) {
        return List.of();
    }

    @Override
    public List<ExerciseTally> exercises(Filter filter) {
        return List.of();
    }

    @Override
    public List<Note> notes(Filter filter, int limit) {
        return List.of();
    }

    @Override
    public void eachSession(Filter filter, Rows<SessionSummary> rows) {
    }

    @Override
    public void eachStep(Filter filter, Rows<HistoryStore.StepSummary> rows) {
    }
}
