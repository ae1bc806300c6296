package org.limber.session;

/** What the clock tells the player while it runs. All calls come from {@link SessionClock#update()}. */
public interface SessionListener {

    /** Phase {@code index} has begun. */
    void phaseStarted(int index, Phase phase);

    /**
     * A hold will have {@code secondsLeft} (3, 2, 1) seconds to go {@code inMillis} from now: the
     * event comes a little early, so a tick can be scheduled on the second, not on the next frame.
     */
    void countdown(int index, int secondsLeft, long inMillis);

    /** Every phase of {@code step} is behind us; {@code workDone} says whether any of its work ran to the end. */
    void stepFinished(int step, long millisSpent, boolean workDone);

    /** The last phase ended. */
    void finished();

    /** The machine seems to have slept; the session was paused at the moment it went to sleep. */
    void suspended();
}
