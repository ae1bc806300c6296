package org.limber.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of exercise it is. */
public enum Kind {
    STRETCH, STRENGTHENING, YOGA, BREATHING, RELAXATION, REST;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Kind fromCode(String code) {
        return Codes.parse(Kind.class, code);
    }
}
