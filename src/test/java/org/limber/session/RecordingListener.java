package org.limber.session;

import java.util.ArrayList;
import java.util.List;

/** Writes down what the clock says, with the fake time it was said at. */
final class RecordingListener implements SessionListener {

    record Started(int index, long atNanos) {
    }

    record StepDone(int step, long millis, boolean workDone) {
    }

    private final FakeTime time;
    final List<Started> started = new ArrayList<>();
    final List<Integer> countdowns = new ArrayList<>();
    final List<StepDone> steps = new ArrayList<>();
    long finishedAt = -1;
    int suspends;

    RecordingListener(FakeTime time) {
        this.time = time;
    }

    @Override
    public void phaseStarted(int index, Phase phase) {
        started.add(new Started(index, time.nanos));
    }

    @Override
    public void countdown(int index, int secondsLeft, long inMillis) {
        countdowns.add(secondsLeft);
    }

    @Override
    public void stepFinished(int step, long millisSpent, boolean workDone) {
        steps.add(new StepDone(step, millisSpent, workDone));
    }

    @Override
    public void finished() {
        finishedAt = time.nanos;
    }

    @Override
    public void suspended() {
        suspends++;
    }
}
