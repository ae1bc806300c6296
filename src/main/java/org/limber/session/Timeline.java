package org.limber.session;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.limber.routine.Routine;
import org.limber.routine.RoutineSize;
import org.limber.routine.Step;

/**
 * A routine laid out as a sequence of phases. The player runs it; the builder's total time is
 * {@link #totalMillis()} of the same layout, so both always agree. Only counts per step are
 * kept ({@link RoutineSize}); a step's phases are laid out when one of them is asked for, so a
 * routine of a million repetitions costs no more memory than its largest step.
 */
public final class Timeline {

    /** What one "press when done" movement counts for in totals. */
    public static final int ESTIMATED_REP_SECONDS = RoutineSize.ESTIMATED_REP_SECONDS;

    private final Routine routine;
    private final Function<String, String> names;
    /** Phases before step i (i = 0..steps); the last entry is the size. */
    private final int[] firstPhase;
    /** Planned millis before step i; the last entry is the total. */
    private final long[] firstMillis;
    private int laidOutStep = -1;
    private List<Phase> laidOut = List.of();
    private long[] laidOutStarts = new long[0];

    private Timeline(Routine routine, Function<String, String> names) {
        this.routine = routine;
        this.names = names;
        int steps = routine.steps().size();
        this.firstPhase = new int[steps + 1];
        this.firstMillis = new long[steps + 1];
        for (int i = 0; i < steps; i++) {
            RoutineSize size = RoutineSize.of(routine.steps().get(i));
            firstPhase[i + 1] = Math.toIntExact(firstPhase[i] + size.phases());
            firstMillis[i + 1] = firstMillis[i] + size.millis();
        }
    }

    /** Lays out the routine; {@code names} gives each step's exercise name from its id. */
    public static Timeline of(Routine routine, Function<String, String> names) {
        return new Timeline(routine, names);
    }

    /** Every phase, laid out as it is read (a view: it holds none of them). */
    public List<Phase> phases() {
        return new AbstractList<>() {
            @Override
            public Phase get(int index) {
                return phase(index);
            }

            @Override
            public int size() {
                return Timeline.this.size();
            }
        };
    }

    public int size() {
        return firstPhase[firstPhase.length - 1];
    }

    public Phase phase(int index) {
        Objects.checkIndex(index, size());
        int step = stepOf(index);
        return layOut(step).get(index - firstPhase[step]);
    }

    public long totalMillis() {
        return firstMillis[firstMillis.length - 1];
    }

    /** Planned time from the start of the routine to the start of phase {@code index}. */
    public long startOf(int index) {
        if (index == size()) {
            return totalMillis();
        }
        Objects.checkIndex(index, size());
        int step = stepOf(index);
        layOut(step);
        synchronized (this) {
            return firstMillis[step] + laidOutStarts[index - firstPhase[step]];
        }
    }

    /** The first phase of the given step, or -1. */
    public int firstPhaseOf(int step) {
        if (step < 0 || step >= firstPhase.length - 1 || firstPhase[step] == firstPhase[step + 1]) {
            return -1;
        }
        return firstPhase[step];
    }

    /** Planned millis of the step. */
    public long stepMillis(int step) {
        return step < 0 || step >= firstMillis.length - 1 ? 0 : firstMillis[step + 1] - firstMillis[step];
    }

    /** The step a phase belongs to: the last step that starts at or before it. */
    private int stepOf(int index) {
        int low = 0;
        int high = firstPhase.length - 2;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (firstPhase[middle] <= index) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** The step's phases; the last step asked for is kept, since phases are read in order. */
    private synchronized List<Phase> layOut(int step) {
        if (step != laidOutStep) {
            Step s = routine.steps().get(step);
            List<Phase> phases = new ArrayList<>();
            new StepLayout(phases, step, s.exerciseId(), names.apply(s.exerciseId())).add(s);
            if (phases.size() != firstPhase[step + 1] - firstPhase[step]) {
                throw new IllegalStateException("step " + step + " was counted as " + (firstPhase[step + 1]
                        - firstPhase[step]) + " phases but laid out as " + phases.size());
            }
            long[] starts = new long[phases.size()];
            for (int i = 1; i < starts.length; i++) {
                starts[i] = starts[i - 1] + phases.get(i - 1).millis();
            }
            laidOut = Collections.unmodifiableList(phases);
            laidOutStarts = starts;
            laidOutStep = step;
        }
        return laidOut;
    }
}
