package org.limber.library;

/** Paced breathing: seconds in, held, out, held, repeated for {@code cycles}. */
public record BreathingPattern(
        int inhaleSeconds,
        int holdInSeconds,
        int exhaleSeconds,
        int holdOutSeconds,
        int cycles) {

    public int cycleSeconds() {
        return inhaleSeconds + holdInSeconds + exhaleSeconds + holdOutSeconds;
    }
}
