package org.limber.ui.player;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.limber.session.TimeSource;

/**
 * The 0-10 numeric rating scale's state: nothing is chosen until the person chooses, and any
 * input in the first {@link #SETTLE_MILLIS} after the screen appears is ignored (a key still
 * held or repeating from the screen before must not give an answer).
 */
public final class PainChoice {

    public static final long SETTLE_MILLIS = 600;
    public static final int MAX = 10;
    /** How soon after "1" a "0" still makes 10. */
    public static final long TEN_MILLIS = 1_500;

    private final TimeSource time;
    private final ObjectProperty<Integer> chosen = new SimpleObjectProperty<>();
    private long shownAtNanos;
    private boolean oneTyped;
    private long oneTypedAtNanos;

    public PainChoice(TimeSource time) {
        this.time = time;
        this.shownAtNanos = time.monotonicNanos();
    }

    /** The screen has just appeared: input is ignored for a moment from now. */
    public void shown() {
        shownAtNanos = time.monotonicNanos();
    }

    /** True while input is still ignored. */
    public boolean settling() {
        return time.monotonicNanos() - shownAtNanos < SETTLE_MILLIS * 1_000_000L;
    }

    /** The person picked {@code value}; false (and nothing changes) while settling or out of range. */
    public boolean choose(int value) {
        if (settling() || value < 0 || value > MAX) {
            return false;
        }
        chosen.set(value);
        return true;
    }

    /**
     * A digit key: "1" then "0" within {@link #TEN_MILLIS} is 10, as a person typing "10" means
     * (without it, the "0" would record no pain at all).
     */
    public boolean typed(int digit) {
        long now = time.monotonicNanos();
        boolean ten = digit == 0 && oneTyped && now - oneTypedAtNanos < TEN_MILLIS * 1_000_000L;
        oneTyped = digit == 1;
        oneTypedAtNanos = now;
        return choose(ten ? MAX : digit);
    }

    /** The value is set from the slider a person (or an outside test) moved; the settle time is the view's job there. */
    void chooseFromSlider(int value) {
        if (value >= 0 && value <= MAX) {
            chosen.set(value);
        }
    }

    /** The chosen value, or null while nothing is chosen. */
    public Integer value() {
        return chosen.get();
    }

    public ObjectProperty<Integer> chosenProperty() {
        return chosen;
    }
}
