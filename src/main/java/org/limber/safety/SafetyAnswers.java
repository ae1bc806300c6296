package org.limber.safety;

import java.util.Collection;
import java.util.List;

/**
 * One person's answers to the safety check: the red-flag signs ticked, the conditions that apply
 * (codes of {@code org.limber.library.Condition}) and the version of the questions they answered.
 * Version 0 means the questions are to be asked (again) before the next session: never asked, or
 * an emergency sign was ticked.
 */
public record SafetyAnswers(List<String> redFlags, List<String> conditions, int version) {

    /** A profile nobody has answered for yet. */
    public static final SafetyAnswers NOT_ASKED = new SafetyAnswers(List.of(), List.of(), 0);

    public SafetyAnswers {
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        version = Math.max(0, version);
    }

    /**
     * The answers given now: an emergency sign leaves them to be asked again (version 0), so no
     * session starts past it; otherwise they belong to the questions as they are.
     */
    public static SafetyAnswers given(Collection<String> ticked, List<String> conditions) {
        List<String> flags = RedFlags.known(ticked);
        int version = RedFlags.outcome(flags) == RedFlags.Outcome.EMERGENCY ? 0 : RedFlags.VERSION;
        return new SafetyAnswers(flags, conditions, version);
    }

    /** Answered for the questions as they are now: nothing to ask before a session. */
    public boolean current() {
        return version >= RedFlags.VERSION;
    }

    /** Nothing is known of this person: nobody answered, so every caution may concern them. */
    public boolean unknown() {
        return version == 0 && redFlags.isEmpty() && conditions.isEmpty();
    }
}
