package org.limber.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a one-sided exercise is done on both sides: not at all, all reps left then right, or alternating. */
public enum Sides {
    NONE, LEFT_RIGHT, ALTERNATING;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Sides fromCode(String code) {
        return Codes.parse(Sides.class, code);
    }
}
