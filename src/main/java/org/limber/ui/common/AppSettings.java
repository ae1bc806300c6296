package org.limber.ui.common;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The live settings: views bind to them; every change is saved in the background. */
public final class AppSettings {

    /** Fetched when first needed: starting the logging system is not on the way to the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(AppSettings.class);
    }

    private final ReadOnlyObjectWrapper<Settings> current;
    private final SettingsStore store;
    private final BackgroundExecutor executor;
    private final javafx.beans.property.StringProperty saveProblem = new javafx.beans.property.SimpleStringProperty("");

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
        }, saved -> saveProblem.set(""), e -> {
            log().warn("Settings could not be saved to {}: {}", store.file(), e.getMessage());
            saveProblem.set(store.file() + ": " + e.getMessage());
        });
    }

    /** Empty, or the file and reason of the last failed save (the choice still holds for this run). */
    public javafx.beans.property.ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem;
    }
}
