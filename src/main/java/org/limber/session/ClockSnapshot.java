package org.limber.session;

/** Where the session stands at one moment: what a frame of the player draws. */
public record ClockSnapshot(
        int index,
        long remainingMillis,
        double phaseFraction,
        long routineElapsedMillis,
        long routineTotalMillis,
        boolean paused,
        boolean finished) {

    public double routineFraction() {
        return routineTotalMillis == 0 ? 1 : Math.min(1, (double) routineElapsedMillis / routineTotalMillis);
    }
}
