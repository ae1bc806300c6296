package org.limber.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.Phase;
import org.limber.session.SessionClock;
import org.limber.session.SessionListener;
import org.limber.session.TimeSource;
import org.limber.session.Timeline;

/**
 * Plays a 5-minute routine with the real clock at 60 frames a second and prints, for every
 * phase boundary, when it was planned and when a frame saw it. Run on purpose:
 * {@code mvn test -Dtest=PlayerTimingBenchmark -Dlimber.bench=true}
 */
@EnabledIfSystemProperty(named = "limber.bench", matches = "true")
class PlayerTimingBenchmark {

    static final long FRAME_NANOS = 16_666_667L;

    @Test
    void fiveMinuteRoutine() {
        Routine routine = new Routine("bench", "Five minutes", "", List.of(
                new Step("a", new Dosage(2, 3, 12, 0, 5, Sides.LEFT_RIGHT, 4, 5), null, ""),
                new Step("b", new Dosage(1, 1, 0, 0, 0, Sides.NONE, 0, 3), new BreathingPattern(4, 2, 6, 0, 8), ""),
                new Step("c", new Dosage(1, 4, 7, 0, 3, Sides.NONE, 0, 5), null, "")));
        Timeline timeline = Timeline.of(routine, id -> id);
        TimeSource time = TimeSource.system(Clock.systemUTC());
        long[] seen = new long[timeline.size() + 1];
        SessionListener listener = new SessionListener() {
            @Override
            public void phaseStarted(int index, Phase phase) {
                seen[index] = time.monotonicNanos();
            }

            @Override
            public void countdown(int index, int secondsLeft, long inMillis) {
            }

            @Override
            public void stepFinished(int step, long millisSpent, boolean workDone) {
            }

            @Override
            public void finished() {
                seen[timeline.size()] = time.monotonicNanos();
            }

            @Override
            public void suspended() {
            }
        };
        SessionClock clock = new SessionClock(timeline, time, listener);
        long start = time.monotonicNanos();
        clock.start();
        long nextFrame = start;
        while (!clock.isFinished()) {
            nextFrame += FRAME_NANOS;
            long wait = nextFrame - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            clock.update();
        }
        List<Double> lateness = new ArrayList<>();
        System.out.println("phase, planned_ms, actual_ms, late_ms");
        for (int i = 0; i <= timeline.size(); i++) {
            double planned = timeline.startOf(i);
            double actual = (seen[i] - start) / 1e6;
            lateness.add(actual - planned);
            System.out.printf("%d, %.0f, %.1f, %.1f%n", i, planned, actual, actual - planned);
        }
        List<Double> sorted = new ArrayList<>(lateness);
        Collections.sort(sorted);
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        System.out.printf("routine: %.1f s planned, %d boundaries%n", timeline.totalMillis() / 1000.0, sorted.size());
        System.out.printf("lateness: max %.1f ms, p95 %.1f ms; end of routine off by %.1f ms%n",
                sorted.get(sorted.size() - 1), p95, lateness.get(lateness.size() - 1));
    }
}
