package org.limber.session;

import java.util.List;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;

/** Small routines for tests. */
final class Routines {

    private Routines() {
    }

    static Step hold(int sets, int reps, int hold, int rest, Sides sides, int switchSeconds, int ready) {
        return new Step("ex", new Dosage(sets, reps, hold, 0, rest, sides, switchSeconds, ready), null, "");
    }

    static Step moves(int sets, int reps, int repSeconds, int rest, Sides sides) {
        return new Step("ex", new Dosage(sets, reps, 0, repSeconds, rest, sides, 0, 0), null, "");
    }

    static Step breathing(int in, int holdIn, int out, int holdOut, int cycles, int ready) {
        return new Step("breath", new Dosage(1, 1, 0, 0, 0, Sides.NONE, 0, ready),
                new BreathingPattern(in, holdIn, out, holdOut, cycles), "");
    }

    static Timeline timeline(Step... steps) {
        return Timeline.of(new Routine("r", "Test", "", List.of(steps)), id -> "Exercise " + id);
    }
}
