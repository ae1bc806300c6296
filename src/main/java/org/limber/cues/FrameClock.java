package org.limber.cues;

/**
 * Which frame of the sound line plays when: anchored on a moment at which a known frame was
 * playing, it turns a due time into the frame heard a fixed latency later, and back.
 */
final class FrameClock {

    private final double rate;
    private final long latencyNanos;
    private volatile long anchorNanos;
    private volatile long anchorFrame;

    FrameClock(double framesPerSecond, long latencyNanos) {
        this.rate = framesPerSecond;
        this.latencyNanos = latencyNanos;
    }

    /** Frame {@code frame} was playing at {@code nanos}. */
    void anchor(long nanos, long frame) {
        anchorNanos = nanos;
        anchorFrame = frame;
    }

    /** The frame to put a sound on so it is heard the latency after {@code dueNanos}. */
    long frameFor(long dueNanos) {
        return anchorFrame + Math.round((dueNanos + latencyNanos - anchorNanos) * rate / 1e9);
    }

    /** When {@code frame} plays. */
    long timeOf(long frame) {
        return anchorNanos + nanos(frame - anchorFrame);
    }

    /** How much later than planned the line is at {@code nanos}, where it reports {@code frame} playing. */
    long stray(long nanos, long frame) {
        return nanos - timeOf(frame);
    }

    long nanos(long frames) {
        return Math.round(frames * 1e9 / rate);
    }
}
