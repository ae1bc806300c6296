package org.limber.cues;

import java.util.concurrent.locks.LockSupport;

/** The cue worker's time: the monotonic clock, and waiting for a moment on it (a fake in tests). */
interface Ticker {

    long nanoTime();

    /** Waits until {@code nanos}; returns at once if that has passed. */
    void sleepUntil(long nanos);

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long nanos) {
            for (long wait = nanos - System.nanoTime(); wait > 0; wait = nanos - System.nanoTime()) {
                LockSupport.parkNanos(wait);
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
            }
        }
    };
}
