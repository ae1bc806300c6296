package org.limber.ui.routines;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.stage.Window;
import org.limber.routine.Routine;

/** What the builder hands to the rest of the app: sessions, files and handouts. */
public interface RoutineActions {

    void start(Routine routine);

    void exportRoutine(Routine routine, Window owner);

    void importRoutine(Window owner);

    void handout(Routine routine, Window owner);

    /** Changes when the active person's conditions do: the steps then show the cautions that concern them. */
    default ObservableValue<?> conditions() {
        return new SimpleObjectProperty<>();
    }
}
