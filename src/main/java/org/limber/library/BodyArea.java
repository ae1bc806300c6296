package org.limber.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A part of the body an exercise works on. */
public enum BodyArea {
    LOWER_BACK, UPPER_BACK, NECK, HIPS, GLUTES, HAMSTRINGS, ABDOMEN, SHOULDERS, LEGS, WHOLE_BODY;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static BodyArea fromCode(String code) {
        return Codes.parse(BodyArea.class, code);
    }
}
