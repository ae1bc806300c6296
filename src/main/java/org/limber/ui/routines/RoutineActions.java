package org.limber.ui.routines;

import javafx.stage.Window;
import org.limber.routine.Routine;

/** What the builder hands to the rest of the app: sessions, files and handouts. */
public interface RoutineActions {

    void start(Routine routine);

    void exportRoutine(Routine routine, Window owner);

    void importRoutine(Window owner);

    void handout(Routine routine, Window owner);
}
