package org.limber.session;

import java.util.List;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Step;

/** Lays out one step's phases, in the order the player runs them; RoutineSize counts them. */
record StepLayout(List<Phase> out, int step, String id, String name) {

    void add(Step s) {
        Dosage d = s.dosage();
        List<Side> sides = switch (d.sides()) {
            case NONE -> List.of(Side.NONE);
            case LEFT_RIGHT, ALTERNATING -> List.of(Side.LEFT, Side.RIGHT);
        };
        if (d.getReadySeconds() > 0) {
            timed(PhaseKind.GET_READY, sides.get(0), d.getReadySeconds(), 1, 1, 1, 1);
        }
        if (s.breathing() != null) {
            breathe(s.breathing());
            return;
        }
        for (int set = 1; set <= d.sets(); set++) {
            if (d.sides() == Sides.ALTERNATING) {
                alternating(d, set);
            } else {
                oneSideAtATime(d, sides, set);
            }
            if (set < d.sets() && d.restSeconds() > 0) {
                timed(PhaseKind.REST, Side.NONE, d.restSeconds(), set, d.sets(), 1, 1);
            }
        }
    }

    private void oneSideAtATime(Dosage d, List<Side> sides, int set) {
        for (int i = 0; i < sides.size(); i++) {
            Side side = sides.get(i);
            if (i > 0 && d.switchSidesSeconds() > 0) {
                timed(PhaseKind.SWITCH_SIDES, side, d.switchSidesSeconds(), set, d.sets(), 1, 1);
            }
            if (d.isHold()) {
                for (int rep = 1; rep <= d.reps(); rep++) {
                    timed(PhaseKind.HOLD, side, d.holdSeconds(), set, d.sets(), rep, d.reps());
                    if (rep < d.reps() && d.restSeconds() > 0) {
                        timed(PhaseKind.REST, side, d.restSeconds(), set, d.sets(), rep, d.reps());
                    }
                }
            } else {
                reps(d, side, set);
            }
        }
    }

    private void alternating(Dosage d, int set) {
        int rounds = d.isHold() ? d.reps() : 1;
        for (int rep = 1; rep <= rounds; rep++) {
            for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
                if (side == Side.RIGHT && d.switchSidesSeconds() > 0) {
                    timed(PhaseKind.SWITCH_SIDES, side, d.switchSidesSeconds(), set, d.sets(), rep, rounds);
                }
                if (d.isHold()) {
                    timed(PhaseKind.HOLD, side, d.holdSeconds(), set, d.sets(), rep, rounds);
                } else {
                    reps(d, side, set);
                }
            }
            if (rep < rounds && d.restSeconds() > 0) {
                timed(PhaseKind.REST, Side.NONE, d.restSeconds(), set, d.sets(), rep, rounds);
            }
        }
    }

    /**
     * Timed movements are one phase; "press when done" (no hold, no tempo) is one phase per
     * repetition, each ended by the person, with the rest between them that the step promises.
     */
    private void reps(Dosage d, Side side, int set) {
        if (d.repSeconds() > 0) {
            out.add(new Phase(step, id, name, PhaseKind.REPS, side, d.repSeconds() * 1000L * d.reps(), false,
                    set, d.sets(), d.reps(), d.reps()));
            return;
        }
        for (int rep = 1; rep <= d.reps(); rep++) {
            out.add(new Phase(step, id, name, PhaseKind.REPS, side, Timeline.ESTIMATED_REP_SECONDS * 1000L, true,
                    set, d.sets(), rep, d.reps()));
            if (rep < d.reps() && d.restSeconds() > 0) {
                timed(PhaseKind.REST, side, d.restSeconds(), set, d.sets(), rep, d.reps());
            }
        }
    }

    private void breathe(BreathingPattern b) {
        for (int cycle = 1; cycle <= b.cycles(); cycle++) {
            timed(PhaseKind.INHALE, Side.NONE, b.inhaleSeconds(), 1, 1, cycle, b.cycles());
            if (b.holdInSeconds() > 0) {
                timed(PhaseKind.HOLD_IN, Side.NONE, b.holdInSeconds(), 1, 1, cycle, b.cycles());
            }
            timed(PhaseKind.EXHALE, Side.NONE, b.exhaleSeconds(), 1, 1, cycle, b.cycles());
            if (b.holdOutSeconds() > 0) {
                timed(PhaseKind.HOLD_OUT, Side.NONE, b.holdOutSeconds(), 1, 1, cycle, b.cycles());
            }
        }
    }

    private void timed(PhaseKind kind, Side side, int seconds, int set, int sets, int round, int rounds) {
        out.add(new Phase(step, id, name, kind, side, seconds * 1000L, false, set, sets, round, rounds));
    }
}

