package org.limber.session;

/** Sound and voice for the player. Every cue is also shown as text, so a silent machine loses nothing. */
public interface Cues {

    /**
     * Opens the audio line and finds the speech engine, and waits until both are ready, so the
     * first cue is neither late nor clipped. Blocks: call it off the UI thread.
     */
    CueSupport prepare();

    /** A phase began: a tone, then the words spoken (when voice is on). */
    void phase(String words);

    /**
     * A phase began {@code lateNanos} ago (it is seen on the first frame after its deadline): the
     * tone is placed on the deadline itself, so every cue keeps the same distance to the plan.
     */
    default void phase(String words, long lateNanos) {
        phase(words);
    }

    /** The last seconds of a hold: a short tick, {@code inMillis} from now (it lands on the second). */
    void countdown(int secondsLeft, long inMillis);

    /** The session ended. */
    void finished(String words);

    /** The session ended {@code lateNanos} ago: the closing tones are placed on the deadline. */
    default void finished(String words, long lateNanos) {
        finished(words);
    }

    void close();

    static Cues silent() {
        return new Cues() {
            @Override
            public CueSupport prepare() {
                return CueSupport.ALL;
            }

            @Override
            public void phase(String words) {
            }

            @Override
            public void countdown(int secondsLeft, long inMillis) {
            }

            @Override
            public void finished(String words) {
            }

            @Override
            public void close() {
            }
        };
    }
}
