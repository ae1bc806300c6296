package org.limber.safety;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person can do for their own back between sessions: stay active, walk, keep bed rest
 * short, expect a spasm to settle, and tell harmless discomfort from a signal to stop. Each key
 * names {@code selfcare.<key>} in the message bundle; {@code docs/safety.md} gives the sources.
 */
public final class SelfCare {

    public static final List<String> KEYS = List.of("active", "walk", "bed", "settle", "discomfort", "change");

    /** On paper: all but the pointer to the app's own safety check. */
    public static final List<String> ON_PAPER = List.of("active", "walk", "bed", "settle", "discomfort");

    private SelfCare() {
    }

    /** One message a day, in turn, so Today says something new without being a wall of text. */
    public static String forDay(LocalDate day) {
        return KEYS.get(Math.floorMod(day.toEpochDay(), KEYS.size()));
    }
}
