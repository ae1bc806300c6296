package org.limber.ui.settings;

import javafx.beans.property.IntegerProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.clients.AlertThresholds;
import org.limber.i18n.Messages;

/** The clients overview's alert rules in words, each threshold with a spinner to change it. */
final class AlertsPane {

    private AlertsPane() {
    }

    static Node create(AlertThresholdsViewModel vm, Messages i18n) {
        Label intro = wrapping(i18n.get("settings.alerts.intro"));
        intro.getStyleClass().add("text-muted");
        Label hurt = wrapping(i18n.get("settings.alerts.hurt"));
        hurt.setId("settings-alerts-hurt");
        VBox box = new VBox(12, intro,
                rule(i18n, "settings.alerts.painHigh", "settings-alert-pain-high", vm.painHighProperty(),
                        AlertThresholds.MIN_PAIN_HIGH, AlertThresholds.MAX_PAIN_HIGH),
                rule(i18n, "settings.alerts.painRise", "settings-alert-pain-rise", vm.painRiseProperty(),
                        AlertThresholds.MIN_PAIN_RISE, AlertThresholds.MAX_PAIN_RISE),
                hurt,
                rule(i18n, "settings.alerts.missedDays", "settings-alert-missed-days", vm.missedDaysProperty(),
                        AlertThresholds.MIN_MISSED_DAYS, AlertThresholds.MAX_MISSED_DAYS),
                rule(i18n, "settings.alerts.repeats", "settings-alert-repeats", vm.repeatsProperty(),
                        AlertThresholds.MIN_REPEATS, AlertThresholds.MAX_REPEATS));
        box.setId("settings-alerts");
        return box;
    }

    /** The rule in words above its threshold's spinner; the words wrap at any width. */
    private static Node rule(Messages i18n, String key, String id, IntegerProperty value, int min, int max) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get());
        spinner.setValueFactory(factory);
        factory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                value.set(now);
            }
        });
        value.addListener((obs, old, now) -> factory.setValue(now.intValue()));
        Label words = wrapping(i18n.get(key));
        words.setLabelFor(spinner);
        spinner.setAccessibleText(i18n.get(key));
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(4, words, spinner);
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
