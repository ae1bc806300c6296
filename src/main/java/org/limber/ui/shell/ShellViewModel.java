package org.limber.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.limber.ui.common.Busy;

/** State of the main window: which page shows, the status line, and whether background work is under way. */
public final class ShellViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.TODAY);
    private final Busy busy = new Busy();
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final Map<Page, Consumer<Runnable>> leaveGuards;

    /**
     * {@code leaveGuards} are asked before leaving their page (unsaved changes): each runs the
     * leaving it is given when (and if) it is fine to go.
     */
    public ShellViewModel(Map<Page, Consumer<Runnable>> leaveGuards) {
        this.leaveGuards = leaveGuards.isEmpty() ? Map.of() : new EnumMap<>(leaveGuards);
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    /**
     * Shows the page, once the current page's guard (unsaved changes) lets it go: at once, after
     * a save it asked for has finished, or never when the user chose to stay.
     */
    public void show(Page target) {
        Page current = page.get();
        if (current == target) {
            return;
        }
        Consumer<Runnable> guard = leaveGuards.get(current);
        if (guard == null) {
            page.set(target);
        } else {
            guard.accept(() -> page.set(target));
        }
    }

    public BooleanBinding busyProperty() {
        return busy.busy();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** How far the work under way has got, 0 to 1; below 0 when it cannot say (the bar then moves on its own). */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Says what is being done and shows the progress bar; the hook returned ends it (the executor's completion hook). */
    public Runnable working(String message) {
        status.set(message);
        return busy.start();
    }
}
