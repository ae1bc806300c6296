package org.limber.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** State of the main window: which page shows, and whether background work is under way. */
public final class ShellViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.TODAY);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    private final java.util.Map<Page, java.util.function.Consumer<Runnable>> leaveGuards = new java.util.EnumMap<>(Page.class);

    /**
     * Shows the page, once the current page's guard (unsaved changes) lets it go: at once, after
     * a save it asked for has finished, or never when the user chose to stay.
     */
    public void show(Page target) {
        Page current = page.get();
        if (current == target) {
            return;
        }
        java.util.function.Consumer<Runnable> guard = leaveGuards.get(current);
        if (guard == null) {
            page.set(target);
        } else {
            guard.accept(() -> page.set(target));
        }
    }

    /** Asked before leaving {@code from}: runs the leaving it is given when (and if) it is fine to go. */
    public void setLeaveGuard(Page from, java.util.function.Consumer<Runnable> guard) {
        leaveGuards.put(from, guard);
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public void working(String message) {
        busy.set(true);
        status.set(message);
    }

    public void done(String message) {
        busy.set(false);
        status.set(message);
    }
}
