package org.limber.session;

/**
 * Runs a {@link Timeline} against a monotonic clock by deadlines: phase {@code i} ends at the
 * anchor time + the planned length of every phase up to it + added and paused time. Frames
 * only read the clock, so late or missed frames never add drift. Skipping, going back or
 * finishing a "press when done" phase re-anchors at that moment.
 */
public final class SessionClock {

    /** Wall and monotonic time may disagree by this much before a suspend is assumed. */
    public static final long SUSPEND_NANOS = 2_000_000_000L;
    public static final int COUNTDOWN_SECONDS = 3;
    /** Countdown events come this much before their second (more than two frames), with the time to it. */
    public static final long COUNTDOWN_LEAD_NANOS = 50_000_000L;

    private final Timeline timeline;
    private final TimeSource time;
    private final SessionListener listener;
    private final StepTally tally;

    private int index = -1;
    private int anchorIndex;
    private long anchorNanos;
    private long extraNanos;
    private boolean paused;
    private long pausedAtNanos;
    private long lastMono;
    private long lastWall;
    private int lastCountdown;
    private boolean finished;
    private long phaseStartNanos;
    private long phasePausedNanos;
    private long phaseExtendedNanos;

    public SessionClock(Timeline timeline, TimeSource time, SessionListener listener) {
        this.timeline = timeline;
        this.time = time;
        this.listener = listener;
        this.tally = new StepTally(timeline, listener);
    }

    public void start() {
        long now = time.monotonicNanos();
        lastMono = now;
        lastWall = time.wallMillis();
        if (timeline.size() == 0) {
            finish(now);
            return;
        }
        enter(0, now);
    }

    /** Reads the clock, moves past every phase whose deadline has passed, fires events. */
    public ClockSnapshot update() {
        long now = time.monotonicNanos();
        long wall = time.wallMillis();
        boolean wallAhead = wall - lastWall > 0 && (wall - lastWall) * 1_000_000L - (now - lastMono) > SUSPEND_NANOS;
        if (index >= 0 && !finished && !paused && wallAhead) {
            pauseAt(lastMono);
            listener.suspended();
        }
        lastMono = now;
        lastWall = wall;
        while (!finished && !paused && index >= 0 && !timeline.phase(index).untimed() && now >= endOf(index)) {
            long end = endOf(index);
            tally.phaseEnded(index, true, end);
            if (index + 1 >= timeline.size()) {
                finish(end);
            } else {
                index++;
                begin(end);
                tally.phaseStarted(index, end);
                listener.phaseStarted(index, timeline.phase(index));
            }
        }
        countdown(now);
        return snapshot(now);
    }

    public void pause() {
        if (!paused && !finished && index >= 0) {
            pauseAt(time.monotonicNanos());
        }
    }

    public void resume() {
        if (paused) {
            long now = time.monotonicNanos();
            extraNanos += now - pausedAtNanos;
            phasePausedNanos += now - pausedAtNanos;
            tally.resumed(now - pausedAtNanos);
            paused = false;
            lastMono = now;
            lastWall = time.wallMillis();
        }
    }

    public boolean isPaused() { return paused; }

    public boolean isFinished() { return finished; }

    public int index() { return index; }

    /** When the current phase began (or the session ended), monotonic: the deadline, not the frame that saw it. */
    public long phaseStartNanos() { return phaseStartNanos; }

    /** Leaves the current phase now without counting it as done. */
    public void skip() {
        endPhase(false);
    }

    /** "Press when done": the current phase was done; moves on. */
    public void done() {
        endPhase(true);
    }

    private void endPhase(boolean completed) {
        if (finished || index < 0) {
            return;
        }
        long now = paused ? pausedAtNanos : time.monotonicNanos();
        tally.phaseEnded(index, completed, now);
        jump(index + 1, now);
    }

    /** Leaves the current exercise for the next one. */
    public void skipStep() {
        if (finished || index < 0) {
            return;
        }
        long now = paused ? pausedAtNanos : time.monotonicNanos();
        int step = timeline.phase(index).step();
        tally.phaseEnded(index, false, now);
        int next = index + 1;
        while (next < timeline.size() && timeline.phase(next).step() == step) {
            next++;
        }
        jump(next, now);
    }

    /** Back to the start of the previous phase (or of this one, if it is the first). */
    public void previous() {
        if (finished || index < 0) {
            return;
        }
        long now = paused ? pausedAtNanos : time.monotonicNanos();
        tally.phaseEnded(index, false, now);
        jump(Math.max(0, index - 1), now);
    }

    /** Ends the session now; the current step counts as not done. */
    public void stop() {
        if (finished || index < 0) {
            return;
        }
        long now = paused ? pausedAtNanos : time.monotonicNanos();
        tally.phaseEnded(index, false, now);
        finish(now);
    }

    /** Adds time to the current phase; every later deadline moves with it. */
    public void extend(int seconds) {
        if (!finished && index >= 0 && seconds > 0) {
            extraNanos += seconds * 1_000_000_000L;
            phaseExtendedNanos += seconds * 1_000_000_000L;
            lastCountdown = 0;
        }
    }

    /** Planned plus added time of the current phase still to go. */
    public ClockSnapshot snapshot() {
        return snapshot(paused ? pausedAtNanos : time.monotonicNanos());
    }

    private ClockSnapshot snapshot(long now) {
        if (finished || index < 0) {
            return new ClockSnapshot(Math.max(index, 0), 0, 1, timeline.totalMillis(), timeline.totalMillis(),
                    paused, finished);
        }
        long at = paused ? pausedAtNanos : now;
        long remaining = Math.max(0, endOf(index) - at);
        long planned = timeline.phase(index).millis();
        long length = planned * 1_000_000L + phaseExtendedNanos;
        long spent = at - phaseStartNanos - phasePausedNanos;
        double fraction = length <= 0 ? 0 : Math.min(1, Math.max(0, (double) spent / length));
        long elapsedPlanned = timeline.startOf(index) + Math.round(planned * fraction);
        return new ClockSnapshot(index, remaining / 1_000_000L, fraction, elapsedPlanned, timeline.totalMillis(),
                paused, false);
    }

    private void countdown(long now) {
        if (finished || paused || index < 0 || timeline.phase(index).kind() != PhaseKind.HOLD) {
            return;
        }
        long remaining = endOf(index) - now;
        long early = remaining - COUNTDOWN_LEAD_NANOS;
        int seconds = (int) Math.max(0, (early + 999_999_999L) / 1_000_000_000L);
        if (seconds >= 1 && seconds <= COUNTDOWN_SECONDS && seconds != lastCountdown) {
            lastCountdown = seconds;
            long until = Math.max(0, remaining - seconds * 1_000_000_000L);
            listener.countdown(index, seconds, until / 1_000_000L);
        }
    }

    private void jump(int target, long now) {
        if (target >= timeline.size()) {
            finish(now);
            return;
        }
        if (paused) {
            pausedAtNanos = now;
        }
        enter(target, now);
    }

    private void enter(int target, long now) {
        index = target;
        anchorIndex = target;
        anchorNanos = now;
        extraNanos = 0;
        begin(now);
        tally.phaseStarted(target, now);
        listener.phaseStarted(target, timeline.phase(target));
    }

    private void begin(long at) {
        phaseStartNanos = at;
        phasePausedNanos = 0;
        phaseExtendedNanos = 0;
        lastCountdown = 0;
    }

    private void finish(long now) {
        finished = true;
        phaseStartNanos = now;
        tally.finished(now);
        listener.finished();
    }

    private void pauseAt(long at) {
        paused = true;
        pausedAtNanos = at;
    }

    private long endOf(int i) {
        return anchorNanos + (timeline.startOf(i + 1) - timeline.startOf(anchorIndex)) * 1_000_000L + extraNanos;
    }
}
