package org.limber.cues;

/** Where tones go: a sound line that plays each one at a planned moment. */
interface CueOutput {

    /** Opens the line and waits until it is playing (silence); true when there is a line to play on. */
    boolean open();

    /**
     * Plays 16-bit mono PCM so that it starts a fixed latency after {@code dueNanos} (on the
     * {@link System#nanoTime()} scale), or as soon as possible if that has passed; returns when its
     * last sample will have been played. Does not wait.
     */
    long play(byte[] pcm, long dueNanos);

    /** True while no line is open: cues are then only shown. */
    boolean silent();

    /** Closes the line once everything placed on it has been played. */
    void close();
}
