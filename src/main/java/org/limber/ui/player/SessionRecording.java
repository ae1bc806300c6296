package org.limber.ui.player;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.session.SessionRecorder;

/** Writes the session as it goes, in the background: its start, each step, and its end. */
final class SessionRecording {

    private final SessionRecorder recorder;
    private final BackgroundExecutor executor;
    private final String sessionId;
    private final Consumer<Throwable> failed;
    private final Map<Integer, Long> stepMillis = new HashMap<>();
    private final Set<Integer> hurtSteps = new HashSet<>();
    private SessionRecorder.Status status = SessionRecorder.Status.RUNNING;
    private long doneMillis;

    SessionRecording(SessionRecorder recorder, BackgroundExecutor executor, String sessionId, Consumer<Throwable> failed) {
        this.recorder = recorder;
        this.executor = executor;
        this.sessionId = sessionId;
        this.failed = failed;
    }

    void begin(SessionRecorder.SessionStart start) {
        executor.run(() -> recorder.begin(start), failed);
    }

    void hurt(int step) {
        hurtSteps.add(step);
    }

    /** A step is over; returns the record written. */
    SessionRecorder.StepRecord step(int step, String exerciseId, String name, long plannedMillis, long millisSpent,
            boolean workDone, long at) {
        stepMillis.put(step, millisSpent);
        doneMillis = stepMillis.values().stream().mapToLong(Long::longValue).sum();
        SessionRecorder.StepResult result = hurtSteps.contains(step) ? SessionRecorder.StepResult.HURT
                : workDone ? SessionRecorder.StepResult.DONE : SessionRecorder.StepResult.SKIPPED;
        SessionRecorder.StepRecord record = new SessionRecorder.StepRecord(step, exerciseId, name,
                (int) (plannedMillis / 1000), (int) (millisSpent / 1000), result, at);
        executor.run(() -> recorder.step(sessionId, record), failed);
        return record;
    }

    void finish(long ended, Integer painAfter, String notes, Runnable saved, Consumer<Throwable> notSaved) {
        SessionRecorder.Status finalStatus = status;
        int seconds = (int) (doneMillis / 1000);
        executor.submit(() -> {
            recorder.finish(sessionId, finalStatus, ended, seconds, painAfter, notes);
            return null;
        }, ok -> saved.run(), notSaved);
    }

    SessionRecorder.Status status() {
        return status;
    }

    void status(SessionRecorder.Status now) {
        status = now;
    }

    long doneMillis() {
        return doneMillis;
    }
}
