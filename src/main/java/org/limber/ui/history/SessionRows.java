package org.limber.ui.history;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.limber.history.SessionSummary;
import org.limber.ui.common.SessionsFocus;

/** The history table's rows: the sessions loaded, narrowed to one routine and to the sessions of a focus. */
final class SessionRows {

    private final ObservableList<SessionSummary> loaded = FXCollections.observableArrayList();
    private final FilteredList<SessionSummary> shown = new FilteredList<>(loaded);
    private final ObjectProperty<SessionsFocus> focus = new SimpleObjectProperty<>();
    private String routine;

    void setAll(List<SessionSummary> rows) {
        loaded.setAll(rows);
    }

    /** Only this routine's sessions (null: every routine's); {@code unfocus}: not only the focus's any more. */
    void routine(String name, boolean unfocus) {
        routine = name;
        if (unfocus) {
            focus.set(null);
        }
        filter();
    }

    /** Only these sessions; null: all of them. */
    void focus(SessionsFocus sessions) {
        focus.set(sessions);
        filter();
    }

    FilteredList<SessionSummary> shown() {
        return shown;
    }

    ObjectProperty<SessionsFocus> focusProperty() {
        return focus;
    }

    private void filter() {
        String name = routine;
        SessionsFocus only = focus.get();
        shown.setPredicate(name == null && only == null ? null : s -> (name == null || s.routineName().equals(name))
                && (only == null || only.keeps().test(s)));
    }
}
