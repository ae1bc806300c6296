package org.limber.session;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Counts the time actually spent in each step (pauses left out) and whether its work was done. */
final class StepTally {

    private final Timeline timeline;
    private final SessionListener listener;
    private final Map<Integer, Long> spent = new HashMap<>();
    private final Set<Integer> worked = new HashSet<>();
    private int step = -1;
    private long phaseStart;
    private long pausedInPhase;

    StepTally(Timeline timeline, SessionListener listener) {
        this.timeline = timeline;
        this.listener = listener;
    }

    void phaseStarted(int index, long at) {
        int next = timeline.phase(index).step();
        if (next != step) {
            flush();
            step = next;
        }
        phaseStart = at;
        pausedInPhase = 0;
    }

    void phaseEnded(int index, boolean completed, long at) {
        spent.merge(step, Math.max(0, at - phaseStart - pausedInPhase), Long::sum);
        if (completed && timeline.phase(index).kind().work()) {
            worked.add(step);
        }
    }

    void resumed(long pausedNanos) {
        pausedInPhase += pausedNanos;
    }

    void finished(long at) {
        flush();
        step = -1;
    }

    private void flush() {
        if (step >= 0) {
            listener.stepFinished(step, spent.getOrDefault(step, 0L) / 1_000_000L, worked.contains(step));
        }
    }
}
