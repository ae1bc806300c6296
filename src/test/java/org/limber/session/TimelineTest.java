package org.limber.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.limber.session.Routines.breathing;
import static org.limber.session.Routines.hold;
import static org.limber.session.Routines.moves;
import static org.limber.session.Routines.timeline;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limber.library.Sides;

class TimelineTest {

    @Test
    void setsTimesSidesWithRestsAndSwitches() {
        Timeline t = timeline(hold(2, 3, 20, 10, Sides.LEFT_RIGHT, 5, 5));
        List<PhaseKind> kinds = t.phases().stream().map(Phase::kind).toList();
        assertThat(kinds).hasSize(24);
        assertThat(kinds.subList(0, 13)).containsExactly(PhaseKind.GET_READY,
                PhaseKind.HOLD, PhaseKind.REST, PhaseKind.HOLD, PhaseKind.REST, PhaseKind.HOLD,
                PhaseKind.SWITCH_SIDES,
                PhaseKind.HOLD, PhaseKind.REST, PhaseKind.HOLD, PhaseKind.REST, PhaseKind.HOLD,
                PhaseKind.REST);
        assertThat(t.phase(1).side()).isEqualTo(Side.LEFT);
        assertThat(t.phase(7).side()).isEqualTo(Side.RIGHT);
        assertThat(t.phase(13).side()).isEqualTo(Side.LEFT);
        assertThat(t.phase(13).set()).isEqualTo(2);
        // 5 + 2 x (3x20 + 2x10 left, 5 switch, 3x20 + 2x10 right) + 10 between sets
        assertThat(t.totalMillis()).isEqualTo(345_000);
    }

    @Test
    void oneSidedHoldsWithoutRestOrReady() {
        Timeline t = timeline(hold(1, 2, 30, 0, Sides.NONE, 0, 0));
        assertThat(t.phases()).extracting(Phase::kind).containsExactly(PhaseKind.HOLD, PhaseKind.HOLD);
        assertThat(t.phases()).extracting(Phase::side).containsOnly(Side.NONE);
        assertThat(t.phases()).extracting(Phase::round).containsExactly(1, 2);
        assertThat(t.totalMillis()).isEqualTo(60_000);
    }

    @Test
    void alternatingSidesSwitchEveryHold() {
        Timeline t = timeline(hold(1, 2, 5, 3, Sides.ALTERNATING, 2, 0));
        assertThat(t.phases()).extracting(Phase::kind).containsExactly(
                PhaseKind.HOLD, PhaseKind.SWITCH_SIDES, PhaseKind.HOLD, PhaseKind.REST,
                PhaseKind.HOLD, PhaseKind.SWITCH_SIDES, PhaseKind.HOLD);
        assertThat(t.phases()).extracting(Phase::side).containsExactly(
                Side.LEFT, Side.RIGHT, Side.RIGHT, Side.NONE, Side.LEFT, Side.RIGHT, Side.RIGHT);
        assertThat(t.totalMillis()).isEqualTo((4 * 5 + 2 * 2 + 3) * 1000L);
    }

    @Test
    void breathingCyclesSkipEmptyHolds() {
        Timeline t = timeline(breathing(4, 0, 6, 0, 10, 5));
        assertThat(t.size()).isEqualTo(21);
        assertThat(t.phases().subList(1, 5)).extracting(Phase::kind).containsExactly(
                PhaseKind.INHALE, PhaseKind.EXHALE, PhaseKind.INHALE, PhaseKind.EXHALE);
        assertThat(t.phase(20).round()).isEqualTo(10);
        assertThat(t.totalMillis()).isEqualTo(105_000);

        Timeline boxed = timeline(breathing(4, 4, 4, 4, 2, 0));
        assertThat(boxed.phases()).extracting(Phase::kind).containsExactly(
                PhaseKind.INHALE, PhaseKind.HOLD_IN, PhaseKind.EXHALE, PhaseKind.HOLD_OUT,
                PhaseKind.INHALE, PhaseKind.HOLD_IN, PhaseKind.EXHALE, PhaseKind.HOLD_OUT);
    }

    @Test
    void movementsAreOnePhasePerSetAndSideTimedOrEstimated() {
        Timeline timed = timeline(moves(2, 10, 3, 15, Sides.NONE));
        assertThat(timed.phases()).extracting(Phase::kind).containsExactly(PhaseKind.REPS, PhaseKind.REST, PhaseKind.REPS);
        assertThat(timed.phase(0).millis()).isEqualTo(30_000);
        assertThat(timed.phase(0).untimed()).isFalse();

        Timeline pressWhenDone = timeline(moves(1, 2, 0, 0, Sides.LEFT_RIGHT));
        assertThat(pressWhenDone.phases()).extracting(Phase::side).containsExactly(Side.LEFT, Side.LEFT, Side.RIGHT,
                Side.RIGHT);
        assertThat(pressWhenDone.phases()).allMatch(Phase::untimed);
        assertThat(pressWhenDone.totalMillis()).isEqualTo(2 * 2 * Timeline.ESTIMATED_REP_SECONDS * 1000L);
    }

    @Test
    void pressWhenDoneRepetitionsEachWaitForThePersonAndKeepTheirRests() {
        Timeline t = timeline(moves(1, 3, 0, 10, Sides.NONE));
        assertThat(t.phases()).extracting(Phase::kind).containsExactly(PhaseKind.REPS, PhaseKind.REST, PhaseKind.REPS,
                PhaseKind.REST, PhaseKind.REPS);
        assertThat(t.phases()).extracting(Phase::round).containsExactly(1, 1, 2, 2, 3);
        assertThat(t.phase(1).millis()).isEqualTo(10_000);
        assertThat(t.phase(0).untimed()).isTrue();
        assertThat(t.phase(1).untimed()).isFalse();
    }

    @Test
    void stepsFollowEachOtherWithTheirNames() {
        Timeline t = timeline(hold(1, 1, 10, 0, Sides.NONE, 0, 3), breathing(3, 0, 3, 0, 2, 0));
        assertThat(t.phases()).extracting(Phase::step).containsExactly(0, 0, 1, 1, 1, 1);
        assertThat(t.phase(2).exerciseName()).isEqualTo("Exercise breath");
        assertThat(t.firstPhaseOf(1)).isEqualTo(2);
        assertThat(t.stepMillis(0)).isEqualTo(13_000);
        assertThat(t.startOf(2)).isEqualTo(13_000);
        assertThat(t.startOf(t.size())).isEqualTo(t.totalMillis());
    }
}
