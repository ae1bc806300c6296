package org.limber.ui.routines;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One number of the step editor: the text as typed, and a message key when it is not a whole
 * number within its range. Only valid values reach the routine.
 */
public final class StepField {

    private final String key;
    private final int min;
    private final int max;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    StepField(String key, int min, int max) {
        this.key = key;
        this.min = min;
        this.max = max;
        text.addListener((obs, old, now) -> problem.set(check(now)));
        problem.set(check(text.get()));
    }

    public String key() {
        return key;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Empty when valid, else a message key: {@code routines.field.notNumber} or {@code routines.field.range}. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    boolean valid() {
        return problem.get().isEmpty();
    }

    int value() {
        return Integer.parseInt(text.get().strip());
    }

    void show(int value) {
        text.set(Integer.toString(value));
    }

    private String check(String value) {
        String s = value == null ? "" : value.strip();
        if (!s.matches("\\d{1,6}")) {
            return "routines.field.notNumber";
        }
        int n = Integer.parseInt(s);
        return n < min || n > max ? "routines.field.range" : "";
    }
}
