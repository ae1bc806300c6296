package org.limber.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A condition a caution is about; it matches the answers of the safety checklist. */
public enum Condition {
    ACUTE_SPASM, PREGNANCY, OSTEOPOROSIS, RECENT_SURGERY, KNEE, WRIST, SHOULDER, NECK, HIP, HIGH_BLOOD_PRESSURE, DIZZINESS;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Condition fromCode(String code) {
        return Codes.parse(Condition.class, code);
    }
}
