package org.limber.ui.settings;

import javafx.beans.InvalidationListener;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.limber.clients.AlertThresholds;
import org.limber.settings.Settings;
import org.limber.ui.common.AppSettings;

/** The four alert thresholds of the clients overview, as Settings shows them; every change is saved. */
public final class AlertThresholdsViewModel {

    private final IntegerProperty painHigh = new SimpleIntegerProperty();
    private final IntegerProperty painRise = new SimpleIntegerProperty();
    private final IntegerProperty missedDays = new SimpleIntegerProperty();
    private final IntegerProperty repeats = new SimpleIntegerProperty();
    private boolean syncing;

    public AlertThresholdsViewModel(AppSettings settings) {
        sync(settings.get());
        settings.settingsProperty().addListener((obs, old, now) -> sync(now));
        InvalidationListener changed = obs -> {
            if (!syncing) {
                settings.update(s -> s.withAlerts(new AlertThresholds(painHigh.get(), painRise.get(), missedDays.get(),
                        repeats.get())));
            }
        };
        painHigh.addListener(changed);
        painRise.addListener(changed);
        missedDays.addListener(changed);
        repeats.addListener(changed);
    }

    private void sync(Settings s) {
        syncing = true;
        try {
            painHigh.set(s.alerts().painHigh());
            painRise.set(s.alerts().painRise());
            missedDays.set(s.alerts().missedDays());
            repeats.set(s.alerts().repeats());
        } finally {
            syncing = false;
        }
    }

    public IntegerProperty painHighProperty() {
        return painHigh;
    }

    public IntegerProperty painRiseProperty() {
        return painRise;
    }

    public IntegerProperty missedDaysProperty() {
        return missedDays;
    }

    public IntegerProperty repeatsProperty() {
        return repeats;
    }
}
