package org.limber.session;

/** What the person does during a phase. */
public enum PhaseKind {
    GET_READY, HOLD, REPS, REST, SWITCH_SIDES, INHALE, HOLD_IN, EXHALE, HOLD_OUT;

    public boolean breathing() {
        return this == INHALE || this == HOLD_IN || this == EXHALE || this == HOLD_OUT;
    }

    /** Phases in which the exercise itself is done (they count as work, the others as pauses). */
    public boolean work() {
        return this == HOLD || this == REPS || breathing();
    }
}
