package org.limber.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What the exercise needs. */
public enum Equipment {
    NONE, PILLOW, CHAIR, WALL, MAT, TOWEL, HEAT_PACK;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Equipment fromCode(String code) {
        return Codes.parse(Equipment.class, code);
    }
}
