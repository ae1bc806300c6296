package org.limber.routine;

import java.util.ArrayList;
import java.util.List;
import org.limber.io.JsonProblem;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;

/**
 * How many phases (holds, rests, breaths, switches...) a routine is laid out in, and how long it
 * takes, counted from the doses without laying anything out. The player's timeline uses these
 * counts to find a phase without holding one object per repetition; the limits keep a routine
 * someone sends within what a person can do in one session.
 */
public record RoutineSize(long phases, long millis) {

    /** What one "press when done" movement counts for in totals. */
    public static final int ESTIMATED_REP_SECONDS = 4;
    /** The most phases a routine file may have. */
    public static final long MAX_PHASES = 20_000;
    /** The longest a routine file may take: 6 hours. */
    public static final long MAX_MILLIS = 6L * 3600 * 1000;

    public static RoutineSize of(Routine routine) {
        long phases = 0;
        long millis = 0;
        for (Step step : routine.steps()) {
            RoutineSize size = of(step);
            phases += size.phases();
            millis += size.millis();
        }
        return new RoutineSize(phases, millis);
    }

    public static RoutineSize of(Step step) {
        Dosage d = step.dosage();
        long phases = d.getReadySeconds() > 0 ? 1 : 0;
        long millis = d.getReadySeconds() * 1000L;
        BreathingPattern b = step.breathing();
        if (b != null) {
            long perCycle = 2 + (b.holdInSeconds() > 0 ? 1 : 0) + (b.holdOutSeconds() > 0 ? 1 : 0);
            long cycleMillis = 1000L * (b.inhaleSeconds() + b.holdInSeconds() + b.exhaleSeconds() + b.holdOutSeconds());
            return new RoutineSize(phases + b.cycles() * perCycle, millis + b.cycles() * cycleMillis);
        }
        boolean hold = d.isHold();
        int rest = d.restSeconds() > 0 ? 1 : 0;
        int switches = d.switchSidesSeconds() > 0 ? 1 : 0;
        // one side's work: a hold, timed movements (one phase), or "press when done" movements
        // (one phase each, with the rests between them)
        boolean untimed = !hold && d.repSeconds() == 0;
        long sidePhases = untimed ? d.reps() + (long) (d.reps() - 1) * rest : 1;
        long sideMillis = hold ? d.holdSeconds() * 1000L
                : untimed ? d.reps() * ESTIMATED_REP_SECONDS * 1000L + (d.reps() - 1L) * d.restSeconds() * 1000L
                : d.repSeconds() * 1000L * d.reps();
        long setPhases;
        long setMillis;
        if (d.sides() == Sides.ALTERNATING) {
            long rounds = hold ? d.reps() : 1;
            setPhases = rounds * (2 * sidePhases + switches) + (rounds - 1) * rest;
            setMillis = rounds * (2 * sideMillis + d.switchSidesSeconds() * 1000L) + (rounds - 1) * d.restSeconds() * 1000L;
        } else {
            long sides = d.sides() == Sides.NONE ? 1 : 2;
            long perSide = hold ? d.reps() + (long) (d.reps() - 1) * rest : sidePhases;
            long perSideMillis = hold ? d.reps() * sideMillis + (d.reps() - 1L) * d.restSeconds() * 1000L : sideMillis;
            setPhases = sides * perSide + (sides - 1) * switches;
            setMillis = sides * perSideMillis + (sides - 1) * d.switchSidesSeconds() * 1000L;
        }
        phases += d.sets() * setPhases + (d.sets() - 1L) * rest;
        millis += d.sets() * setMillis + (d.sets() - 1L) * d.restSeconds() * 1000L;
        return new RoutineSize(phases, millis);
    }

    /** What is over the limits, at {@code $.routine}; empty when the routine keeps them. */
    public List<JsonProblem> problems() {
        List<JsonProblem> problems = new ArrayList<>();
        if (millis > MAX_MILLIS) {
            problems.add(new JsonProblem("$.routine", "it would take " + Durations.clock(millis)
                    + "; a routine may take at most " + Durations.clock(MAX_MILLIS)));
        }
        if (phases > MAX_PHASES) {
            problems.add(new JsonProblem("$.routine", "it has " + phases + " phases (holds, rests, breaths, side"
                    + " switches); a routine may have at most " + MAX_PHASES));
        }
        return problems;
    }
}
