package org.limber.ui.common;

/**
 * What went wrong with a background task, for a view to show in place: the message key of
 * what was being done (a pattern with one placeholder) and the reason the storage gave.
 */
public record Failure(String key, String reason) {

    public static Failure of(String key, Throwable error) {
        String reason = error.getMessage();
        return new Failure(key, reason == null || reason.isBlank() ? error.getClass().getSimpleName() : reason);
    }

    /** Binds a label's text to a failure property: empty while there is none. */
    public static void show(javafx.scene.control.Label label, javafx.beans.value.ObservableValue<Failure> failure,
            org.limber.i18n.Messages i18n) {
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Failure now = failure.getValue();
            return now == null ? "" : i18n.get(now.key(), now.reason());
        }, failure));
        label.visibleProperty().bind(failure.map(f -> true).orElse(false));
        label.managedProperty().bind(label.visibleProperty());
    }
}
