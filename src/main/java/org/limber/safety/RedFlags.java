package org.limber.safety;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The signs that call for medical help instead of exercise, in two tiers. Each key names
 * {@code safety.flag.<key>} in the message bundle; {@code docs/safety.md} gives the source of
 * each one. The lists are short on purpose: a frightened person reads them.
 */
public final class RedFlags {

    /** How soon the person needs help. */
    public enum Tier {
        /** Go to the emergency department or call the emergency number now; do not exercise. */
        EMERGENCY,
        /** See a doctor soon, within days; gentle movement only. */
        SOON
    }

    /** What the answers to the checklist mean, the most urgent tier winning. */
    public enum Outcome { EMERGENCY, SEE_DOCTOR, CLEAR }

    /**
     * The version of the questions. A person who answered an older version is asked again,
     * because what the answers mean has changed.
     */
    public static final int VERSION = 2;

    /** Cauda equina signs, chest pain, a sudden severe pain with sweating or faintness, a serious accident. */
    public static final List<String> EMERGENCY = List.of("saddle-numbness", "bladder", "bowel", "sexual",
            "both-legs", "leg-weakness", "chest-pain", "sudden-severe", "accident");

    /** Fracture, infection and cancer signs, inflammatory back pain, pain that rest does not ease, no improvement. */
    public static final List<String> SOON = List.of("fracture", "infection", "cancer", "over-50", "night-pain",
            "mid-back", "inflammatory", "one-leg", "no-improvement");

    private RedFlags() {
    }

    public static List<String> keys(Tier tier) {
        return tier == Tier.EMERGENCY ? EMERGENCY : SOON;
    }

    /** Every key, the emergency tier first. */
    public static List<String> all() {
        return Stream.concat(EMERGENCY.stream(), SOON.stream()).toList();
    }

    public static boolean isKnown(String key) {
        return EMERGENCY.contains(key) || SOON.contains(key);
    }

    /** The answers in list order, without keys this version does not know (from an older version). */
    public static List<String> known(Collection<String> ticked) {
        return all().stream().filter(ticked::contains).toList();
    }

    public static Outcome outcome(Collection<String> ticked) {
        if (ticked.stream().anyMatch(EMERGENCY::contains)) {
            return Outcome.EMERGENCY;
        }
        return ticked.stream().anyMatch(SOON::contains) ? Outcome.SEE_DOCTOR : Outcome.CLEAR;
    }
}
