package org.limber.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.limber.session.Routines.breathing;
import static org.limber.session.Routines.hold;
import static org.limber.session.Routines.moves;
import static org.limber.session.Routines.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;

class SessionClockTest {

    private final FakeTime time = new FakeTime();
    private final RecordingListener events = new RecordingListener(time);

    private SessionClock start(Timeline t) {
        SessionClock clock = new SessionClock(t, time, events);
        clock.start();
        return clock;
    }

    /** Frames of about 16.7 ms with jitter and the odd long stall, as a busy machine gives. */
    private void run(SessionClock clock, double seconds, Random random) {
        double left = seconds * 1000;
        while (left > 0 && !clock.isFinished()) {
            double frame = 16.7 + random.nextGaussian() * 3;
            if (random.nextInt(500) == 0) {
                frame += 400;
            }
            frame = Math.max(1, Math.min(frame, left));
            time.advanceMillis(frame);
            left -= frame;
            clock.update();
        }
    }

    @Test
    void eightHoursEndOnPlanWithoutDrift() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            steps.add(hold(2, 3, 37, 11, Sides.LEFT_RIGHT, 7, 9));
            steps.add(breathing(4, 1, 6, 1, 12, 3));
        }
        Timeline t = Timeline.of(new Routine("r", "long", "", steps), id -> id);
        assertThat(t.totalMillis()).isGreaterThan(8L * 3600 * 1000);
        long startNanos = time.nanos;
        SessionClock clock = start(t);
        run(clock, t.totalMillis() / 1000.0 + 5, new Random(7));

        assertThat(clock.isFinished()).isTrue();
        long plannedEnd = startNanos + t.totalMillis() * 1_000_000L;
        long maxFrameNanos = 500_000_000L;
        assertThat(events.finishedAt - plannedEnd).isBetween(0L, maxFrameNanos);
        assertThat(events.started).hasSize(t.size());
        for (RecordingListener.Started s : events.started) {
            long planned = startNanos + t.startOf(s.index()) * 1_000_000L;
            // each boundary is seen at the first frame after its deadline: late by under a frame, never more
            assertThat(s.atNanos() - planned).as("phase %d", s.index()).isBetween(0L, maxFrameNanos);
        }
    }

    @Test
    void pausingShiftsEveryLaterDeadlineByThePause() {
        Timeline t = timeline(hold(1, 2, 20, 10, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        time.advanceMillis(5_000);
        clock.update();
        clock.pause();
        time.advanceMillis(30_000);
        assertThat(clock.update().remainingMillis()).isEqualTo(15_000);
        clock.resume();
        time.advanceMillis(14_999);
        assertThat(clock.update().index()).isZero();
        time.advanceMillis(1);
        assertThat(clock.update().index()).isEqualTo(1);
        time.advanceMillis(10_000 + 20_000);
        clock.update();
        assertThat(clock.isFinished()).isTrue();
        assertThat(events.steps).singleElement().satisfies(s -> {
            assertThat(s.millis()).isEqualTo(50_000);
            assertThat(s.workDone()).isTrue();
        });
    }

    @Test
    void aJumpOfTheWallClockChangesNothing() {
        Timeline t = timeline(hold(1, 1, 60, 0, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        time.advanceMillis(10_000);
        clock.update();
        time.wall -= 3_600_000;
        time.advanceMillis(16);
        ClockSnapshot after = clock.update();
        assertThat(after.paused()).isFalse();
        assertThat(after.remainingMillis()).isEqualTo(60_000 - 10_016);
        time.wall += 1_500;
        time.advanceMillis(16);
        assertThat(clock.update().paused()).isFalse();
        assertThat(events.suspends).isZero();
    }

    @Test
    void aSuspendPausesTheSessionWhereItWas() {
        Timeline t = timeline(hold(1, 1, 60, 0, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        time.advanceMillis(10_000);
        clock.update();
        time.wall += 45 * 60_000;
        time.advanceMillis(16);
        ClockSnapshot after = clock.update();
        assertThat(events.suspends).isEqualTo(1);
        assertThat(after.paused()).isTrue();
        assertThat(after.remainingMillis()).isEqualTo(50_000);
        time.advanceMillis(5_000);
        clock.resume();
        time.advanceMillis(49_999);
        assertThat(clock.update().finished()).isFalse();
        time.advanceMillis(1);
        assertThat(clock.update().finished()).isTrue();
    }

    @Test
    void extendingAHoldAddsTimeToItAndMovesTheRest() {
        Timeline t = timeline(hold(1, 2, 20, 5, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        time.advanceMillis(19_000);
        clock.update();
        clock.extend(10);
        assertThat(clock.update().remainingMillis()).isEqualTo(11_000);
        time.advanceMillis(11_000);
        assertThat(clock.update().index()).isEqualTo(1);
        time.advanceMillis(5_000);
        assertThat(clock.update().index()).isEqualTo(2);
    }

    @Test
    void theLastThreeSecondsOfAHoldAreCountedOnce() {
        Timeline t = timeline(hold(1, 1, 10, 0, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        run(clock, 11, new Random(1));
        assertThat(events.countdowns).containsExactly(3, 2, 1);
    }

    @Test
    void skipAndPreviousMoveBetweenPhasesAndReanchor() {
        Timeline t = timeline(hold(1, 2, 20, 10, Sides.NONE, 0, 5), hold(1, 1, 30, 0, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        time.advanceMillis(2_000);
        clock.skip();
        assertThat(clock.index()).isEqualTo(1);
        assertThat(clock.update().remainingMillis()).isEqualTo(20_000);
        time.advanceMillis(3_000);
        clock.previous();
        assertThat(clock.index()).isZero();
        assertThat(clock.update().remainingMillis()).isEqualTo(5_000);
        clock.skipStep();
        assertThat(t.phase(clock.index()).step()).isEqualTo(1);
        assertThat(events.steps).singleElement().satisfies(s -> assertThat(s.workDone()).isFalse());
        time.advanceMillis(30_000);
        clock.update();
        assertThat(clock.isFinished()).isTrue();
        assertThat(events.steps).hasSize(2);
        assertThat(events.steps.get(1).workDone()).isTrue();
    }

    @Test
    void aPressWhenDonePhaseWaitsForThePress() {
        Timeline t = timeline(moves(1, 1, 0, 0, Sides.NONE), hold(1, 1, 10, 0, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        time.advanceMillis(120_000);
        assertThat(clock.update().index()).isZero();
        clock.done();
        assertThat(clock.index()).isEqualTo(1);
        assertThat(events.steps.get(0).workDone()).isTrue();
        assertThat(events.steps.get(0).millis()).isEqualTo(120_000);
        time.advanceMillis(10_000);
        assertThat(clock.update().finished()).isTrue();
    }

    @Test
    void theSnapshotTracksTheRoutineProgress() {
        Timeline t = timeline(hold(1, 2, 10, 0, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        time.advanceMillis(15_000);
        ClockSnapshot s = clock.update();
        assertThat(s.index()).isEqualTo(1);
        assertThat(s.phaseFraction()).isEqualTo(0.5);
        assertThat(s.routineElapsedMillis()).isEqualTo(15_000);
        assertThat(s.routineFraction()).isEqualTo(0.75);
    }

    @Test
    void skippingAPressWhenDonePhaseDoesNotCountItAsDone() {
        Timeline t = timeline(moves(1, 1, 0, 0, Sides.NONE), hold(1, 1, 10, 0, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        time.advanceMillis(3_000);
        clock.skip();
        assertThat(events.steps.get(0).workDone()).isFalse();
    }

    @Test
    void goingBackIntoAStepKeepsWhatWasDoneInIt() {
        Timeline t = timeline(hold(1, 1, 10, 0, Sides.NONE, 0, 0), hold(1, 1, 10, 0, Sides.NONE, 0, 0));
        SessionClock clock = start(t);
        time.advanceMillis(10_000);
        clock.update();
        time.advanceMillis(2_000);
        clock.previous();
        time.advanceMillis(1_000);
        clock.skip();
        // step 0 was finished twice: the second record must still say it was done, with all its time
        RecordingListener.StepDone last = events.steps.stream().filter(s -> s.step() == 0)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(last.workDone()).isTrue();
        assertThat(last.millis()).isEqualTo(11_000);
    }
}
