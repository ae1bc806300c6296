package org.limber.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;
import org.limber.i18n.Messages;
import org.slf4j.LoggerFactory;

/**
 * What went wrong, as every view-model hands it to every view: a message key and its arguments,
 * never an exception's own text (that goes to the log). When it comes from an exception, the
 * last argument is a {@link FailureReason}, which is shown in the user's words.
 */
public record Failure(String key, List<Object> args) {

    public Failure {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    /** A problem the app found itself (a missing name, a refused choice): just words. */
    public static Failure of(String key, Object... args) {
        return new Failure(key, Arrays.asList(args));
    }

    /**
     * A failed task: the error is logged (the executor logs its stack), the user gets {@code key} with
     * {@code args} and, as the last argument, the kind of reason in plain words.
     */
    public static Failure of(String key, Throwable error, Object... args) {
        // the executor has logged the error with its stack; this says what the person was told
        LoggerFactory.getLogger(Failure.class).info("{} {}: {}", key, Arrays.toString(args), error.toString());
        List<Object> all = new ArrayList<>(Arrays.asList(args));
        all.add(FailureReason.of(error));
        return new Failure(key, all);
    }

    /** The text to show, in the user's language. */
    public String text(Messages i18n) {
        Object[] shown = args.stream().map(a -> a instanceof FailureReason r ? i18n.get(r.key()) : a).toArray();
        return i18n.get(key, shown);
    }

    /** Binds a label's text to a failure: empty, hidden and unmanaged while there is none. */
    public static void show(Labeled label, ObservableValue<Failure> failure, Messages i18n) {
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            Failure now = failure.getValue();
            return now == null ? "" : now.text(i18n);
        }, failure));
        label.visibleProperty().bind(failure.map(f -> true).orElse(false));
        label.managedProperty().bind(label.visibleProperty());
    }
}
