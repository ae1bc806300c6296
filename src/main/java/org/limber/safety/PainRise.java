package org.limber.safety;

/**
 * When the pain given after a session calls for the safety questions again, as pressing "It hurts"
 * does: a severe rating, or a clear rise over the rating given before the session. Plain Java.
 */
public final class PainRise {

    /** A rating after the session at or above this (0-10) asks again, whatever it was before. */
    public static final int SEVERE = 8;
    /** A rise of at least this many points over the rating before the session asks again. */
    public static final int RISE = 3;

    private PainRise() {
    }

    /** True when the rating after (null: not given) is severe or rose clearly over the one before (null: not given). */
    public static boolean worrying(Integer before, Integer after) {
        if (after == null) {
            return false;
        }
        return after >= SEVERE || (before != null && after - before >= RISE);
    }
}
