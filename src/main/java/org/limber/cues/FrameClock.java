package org.limber.cues;

/**
 * Which frame of the sound line plays when: anchored on a moment at which a known frame was
 * playing, it turns a due time into the frame heard a fixed latency later, and back. The line's
 * own report of where it is lags by up to a server chunk and the reading thread may wake late:
 * both make a reading look later than the truth. So the anchor is corrected by the earliest-looking
 * reading of each half second: in full while the line settles and when it clearly skipped or
 * stalled, otherwise by a 32nd, which follows clock drift between sound card and computer
 * without passing on the jitter that is left.
 */
final class FrameClock {

    /** Readings are gathered this long before the anchor is corrected. */
    static final long WINDOW_NANOS = 500_000_000L;
    /** Corrections in full: the first ones, and those beyond this (a skip or a stall). */
    static final int SETTLING = 2;
    static final long JUMP_NANOS = 40_000_000L;
    static final int SMOOTHING = 32;

    private record Anchor(long nanos, long frame) {
    }

    private final double rate;
    private final long latencyNanos;
    private volatile Anchor anchor = new Anchor(0, 0);
    private volatile int corrections;
    private long windowStart;
    private long windowMin = Long.MAX_VALUE;

    FrameClock(double framesPerSecond, long latencyNanos) {
        this.rate = framesPerSecond;
        this.latencyNanos = latencyNanos;
    }

    /** Frame {@code frame} was playing at {@code nanos}. */
    void anchor(long nanos, long frame) {
        anchor = new Anchor(nanos, frame);
        corrections = 0;
        windowStart = nanos;
        windowMin = Long.MAX_VALUE;
    }

    /** The line reports {@code frame} playing at {@code nanos} (one thread only: the line's feeder). */
    void observe(long nanos, long frame) {
        windowMin = Math.min(windowMin, stray(nanos, frame));
        if (nanos - windowStart >= WINDOW_NANOS) {
            Anchor a = anchor;
            boolean full = corrections < SETTLING || Math.abs(windowMin) > JUMP_NANOS;
            anchor = new Anchor(a.nanos + (full ? windowMin : windowMin / SMOOTHING), a.frame);
            corrections++;
            windowStart = nanos;
            windowMin = Long.MAX_VALUE;
        }
    }

    /** How often the anchor has been corrected from readings. */
    int corrections() {
        return corrections;
    }

    /** The frame to put a sound on so it is heard the latency after {@code dueNanos}. */
    long frameFor(long dueNanos) {
        Anchor a = anchor;
        return a.frame + Math.round((dueNanos + latencyNanos - a.nanos) * rate / 1e9);
    }

    /** When {@code frame} plays. */
    long timeOf(long frame) {
        Anchor a = anchor;
        return a.nanos + nanos(frame - a.frame);
    }

    /** How much later than planned the line is at {@code nanos}, where it reports {@code frame} playing. */
    long stray(long nanos, long frame) {
        return nanos - timeOf(frame);
    }

    long nanos(long frames) {
        return Math.round(frames * 1e9 / rate);
    }
}
