package org.limber.library;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A condition a caution is about; it matches the answers of the safety checklist.
 * {@code HIP_REPLACEMENT} stands for the surgeon's limits after a hip replacement, {@code EYES} for
 * glaucoma, a recent eye operation or a retina problem, {@code HYPERMOBILITY} for very flexible joints.
 */
public enum Condition {
    ACUTE_SPASM, PREGNANCY, OSTEOPOROSIS, RECENT_SURGERY, KNEE, WRIST, SHOULDER, NECK, HIP, HIP_REPLACEMENT,
    HYPERMOBILITY, HIGH_BLOOD_PRESSURE, EYES, DIZZINESS;

    @JsonValue
    public String code() {
        return Codes.of(this);
    }

    @JsonCreator
    public static Condition fromCode(String code) {
        return Codes.parse(Condition.class, code);
    }
}
