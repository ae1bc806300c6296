package org.limber.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.RoutineSize;
import org.limber.routine.Step;

/** Issue 17, item 5: the timeline keeps counts, not a phase per repetition, and the counts match the layout. */
class TimelineScaleTest {

    static Step randomStep(Random random) {
        Sides sides = Sides.values()[random.nextInt(Sides.values().length)];
        boolean hold = random.nextBoolean();
        Dosage dosage = new Dosage(1 + random.nextInt(4), 1 + random.nextInt(6), hold ? 1 + random.nextInt(30) : 0,
                random.nextInt(3) == 0 ? 0 : random.nextInt(8), random.nextInt(3) == 0 ? 0 : random.nextInt(20), sides,
                random.nextBoolean() ? 0 : random.nextInt(10), random.nextBoolean() ? 0 : random.nextInt(10));
        BreathingPattern breathing = random.nextInt(5) == 0 ? new BreathingPattern(1 + random.nextInt(5),
                random.nextInt(3), 1 + random.nextInt(5), random.nextInt(3), 1 + random.nextInt(10)) : null;
        return new Step("ex" + random.nextInt(3), dosage, breathing, "");
    }

    /** What the timeline was before it kept counts: every step laid out, one after the other. */
    static List<Phase> laidOutEagerly(Routine routine) {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < routine.steps().size(); i++) {
            Step step = routine.steps().get(i);
            new StepLayout(phases, i, step.exerciseId(), "Exercise " + step.exerciseId()).add(step);
        }
        return phases;
    }

    @Test
    void countsAndLookUpsAgreeWithTheFullLayoutForRandomRoutines() {
        Random random = new Random(17);
        for (int round = 0; round < 300; round++) {
            List<Step> steps = new ArrayList<>();
            for (int i = random.nextInt(8); i >= 0; i--) {
                steps.add(randomStep(random));
            }
            Routine routine = new Routine("r", "R", "", steps);
            List<Phase> expected = laidOutEagerly(routine);
            Timeline timeline = Timeline.of(routine, id -> "Exercise " + id);
            assertThat(timeline.phases()).as("round %d", round).containsExactlyElementsOf(expected);
            long start = 0;
            for (int i = 0; i < expected.size(); i++) {
                assertThat(timeline.startOf(i)).isEqualTo(start);
                start += expected.get(i).millis();
            }
            assertThat(timeline.totalMillis()).isEqualTo(start).isEqualTo(RoutineSize.of(routine).millis());
            assertThat(timeline.startOf(expected.size())).isEqualTo(start);
            for (int s = 0; s < steps.size(); s++) {
                int step = s;
                assertThat(timeline.firstPhaseOf(s)).isEqualTo(indexOfFirst(expected, s));
                assertThat(timeline.stepMillis(s)).isEqualTo(expected.stream().filter(p -> p.step() == step)
                        .mapToLong(Phase::millis).sum());
            }
        }
    }

    private static int indexOfFirst(List<Phase> phases, int step) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).step() == step) {
                return i;
            }
        }
        return -1;
    }

    /** 200 steps x 20 sets x 100 holds, both sides, with rests: the routine the issue found. */
    static Routine largest() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            steps.add(new Step("bridge", new Dosage(20, 100, 3600, 0, 600, Sides.LEFT_RIGHT, 60, 120), null, ""));
        }
        return new Routine("big", "Big", "", steps);
    }

    @Test
    void theLargestRoutineIsCountedWithoutLayingItOut() {
        Routine routine = largest();
        Timeline timeline = Timeline.of(routine, id -> id);
        assertThat(timeline.size()).isEqualTo(200 * (1 + 20 * (2 * (100 + 99) + 1) + 19));
        Phase last = timeline.phase(timeline.size() - 1);
        assertThat(last.step()).isEqualTo(199);
        assertThat(last.kind()).isEqualTo(PhaseKind.HOLD);
        assertThat(timeline.startOf(timeline.size() - 1) + last.millis()).isEqualTo(timeline.totalMillis());
        assertThat(RoutineSize.of(routine).problems()).hasSize(2);
    }
}
