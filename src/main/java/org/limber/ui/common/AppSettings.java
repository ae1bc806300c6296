package org.limber.ui.common;

import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;

/** The live settings: views bind to them; every change is saved in the background. */
public final class AppSettings {

    private final ReadOnlyObjectWrapper<Settings> current;
    private final SettingsStore store;
    private final BackgroundExecutor executor;
    private final ObjectProperty<Failure> saveProblem = new SimpleObjectProperty<>();

    public AppSettings(Settings initial, SettingsStore store, BackgroundExecutor executor) {
        this.current = new ReadOnlyObjectWrapper<>(initial);
        this.store = store;
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return current.getReadOnlyProperty();
    }

    public Settings get() {
        return current.get();
    }

    public void update(UnaryOperator<Settings> change) {
        Settings next = change.apply(current.get());
        if (next.equals(current.get())) {
            return;
        }
        current.set(next);
        executor.submit(() -> {
            store.save(next);
            return next;
        }, saved -> saveProblem.set(null), e -> saveProblem.set(Failure.of("settings.saveFailed", e)));
    }

    /** Null, or why the last save failed (the choice still holds for this run). */
    public ReadOnlyObjectProperty<Failure> saveProblemProperty() {
        return saveProblem;
    }
}
