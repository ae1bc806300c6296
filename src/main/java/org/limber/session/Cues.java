package org.limber.session;

/** Sound and voice for the player. Every cue is also shown as text, so a silent machine loses nothing. */
public interface Cues {

    /** Opens the audio line before the first cue, so it is not clipped. */
    void prepare();

    /** A phase began: a tone, then the words spoken (when voice is on). */
    void phase(String words);

    /** The last seconds of a hold: a short tick. */
    void countdown(int secondsLeft);

    /** The session ended. */
    void finished(String words);

    void close();

    static Cues silent() {
        return new Cues() {
            @Override
            public void prepare() {
            }

            @Override
            public void phase(String words) {
            }

            @Override
            public void countdown(int secondsLeft) {
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
