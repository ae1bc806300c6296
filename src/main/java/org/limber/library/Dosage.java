package org.limber.library;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * How much of an exercise: {@code sets} of {@code reps}; each rep is a hold of
 * {@code holdSeconds}, or, when that is 0, a movement of {@code repSeconds} (0: the person
 * presses when done). Rests come between holds and between sets.
 */
public record Dosage(
        int sets,
        int reps,
        int holdSeconds,
        int repSeconds,
        int restSeconds,
        Sides sides,
        int switchSidesSeconds,
        int getReadySeconds) {

    public static final int MAX_HOLD_SECONDS = 3600;

    public Dosage {
        sides = sides == null ? Sides.NONE : sides;
    }

    @JsonIgnore
    public boolean isHold() {
        return holdSeconds > 0;
    }

    public boolean twoSided() {
        return sides != Sides.NONE;
    }
}
