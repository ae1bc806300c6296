package org.limber.cues;

/** Spoken cues: an engine that says words aloud, one utterance at a time. */
interface Voice {

    boolean available();

    /** Starts saying the words at this volume (0-100), cutting off anything still being said; does not wait. */
    void say(String words, int volume);

    /** True while words are still being said. */
    boolean speaking();

    /** Waits for the current words to finish, at most {@code millis}; true when they did (or there were none). */
    boolean await(long millis) throws InterruptedException;

    /** Cuts off what is being said. */
    void stop();
}
