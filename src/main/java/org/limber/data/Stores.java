package org.limber.data;

import java.util.function.BooleanSupplier;
import org.limber.clients.ClientsSource;
import org.limber.history.HistoryFigures;
import org.limber.history.HistoryStore;
import org.limber.library.CustomExerciseStore;
import org.limber.plan.PlanStore;
import org.limber.profile.ProfileStore;
import org.limber.results.ResultsStore;
import org.limber.routine.RoutineStore;
import org.limber.session.SessionRecorder;

/** Every store the screens use, as the core's interfaces (tests hand in their own), and whether the data is open. */
public record Stores(RoutineStore routines, CustomExerciseStore exercises, SessionRecorder sessions, HistoryStore history,
        HistoryFigures figures, ProfileStore profiles, PlanStore plans, ResultsStore results, ClientsSource clients,
        BooleanSupplier open) {

    public static Stores of(LateStores late) {
        return new Stores(late, late, late, late.history(), late.figures(), late, late, late.results(), late.clients(),
                late::isOpen);
    }

    public boolean isOpen() {
        return open.getAsBoolean();
    }
}
