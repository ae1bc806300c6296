package org.limber.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The starting position. */
public enum Position {
    LYING_BACK, LYING_FRONT, LYING_SIDE, KNEELING, ALL_FOURS, SITTING, STANDING;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Position fromCode(String code) {
        return Codes.parse(Position.class, code);
    }
}
