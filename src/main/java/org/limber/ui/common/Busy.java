package org.limber.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * A view-model's "work is out" state. {@link #start()} before submitting; the runnable it
 * returns is the executor's completion hook, so the state ends however the work ended. Several
 * tasks may be out at once.
 */
public final class Busy {

    private final IntegerProperty out = new SimpleIntegerProperty();
    private final BooleanBinding busy = Bindings.greaterThan(out, 0);

    /** Marks one task as out; the returned hook marks it done (only the first call counts). */
    public Runnable start() {
        out.set(out.get() + 1);
        boolean[] ended = {false};
        return () -> {
            if (!ended[0]) {
                ended[0] = true;
                out.set(out.get() - 1);
            }
        };
    }

    public BooleanBinding busy() {
        return busy;
    }

    public boolean get() {
        return busy.get();
    }
}
