package org.limber.ui.player;

import org.limber.session.PhaseWords;
import org.limber.session.SessionClock;
import org.limber.session.TimeSource;

/**
 * After "It hurts" and carrying on: a short "get ready" count before the session runs again, so
 * the person can settle back into the position first. The clock stays paused while it counts;
 * pausing or resuming by hand, stopping or "It hurts" again ends the count.
 */
final class ResumeCount {

    static final int SECONDS = 5;
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final TimeSource time;
    private final PlayerDisplay display;
    private final PhaseWords words;
    private long resumeAtNanos = -1;

    ResumeCount(TimeSource time, PlayerDisplay display, PhaseWords words) {
        this.time = time;
        this.display = display;
        this.words = words;
    }

    /** Starts the count; returns the words to say once (also shown over the figure while it counts). */
    String start() {
        resumeAtNanos = time.monotonicNanos() + SECONDS * SECOND_NANOS;
        display.resumeIn.set(words.text("player.resumeIn", SECONDS));
        return words.text("cue.resume");
    }

    void cancel() {
        resumeAtNanos = -1;
        display.resumeIn.set("");
    }

    /** One frame: shows the seconds left and resumes the clock when they are up. */
    void frame(SessionClock clock) {
        if (resumeAtNanos < 0) {
            return;
        }
        if (!clock.isPaused()) {
            cancel();
            return;
        }
        long left = resumeAtNanos - time.monotonicNanos();
        if (left <= 0) {
            cancel();
            clock.resume();
        } else {
            display.resumeIn.set(words.text("player.resumeIn", (int) ((left + SECOND_NANOS - 1) / SECOND_NANOS)));
        }
    }
}
