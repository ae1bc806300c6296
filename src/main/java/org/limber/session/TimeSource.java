package org.limber.session;

import java.time.Clock;

/** Where the player reads time: a monotonic clock for deadlines, the wall clock only to notice a suspend. */
public interface TimeSource {

    long monotonicNanos();

    long wallMillis();

    /** The real clocks: {@link System#nanoTime()} and the given wall clock. */
    static TimeSource system(Clock wall) {
        return new TimeSource() {
            @Override
            public long monotonicNanos() {
                return System.nanoTime();
            }

            @Override
            public long wallMillis() {
                return wall.millis();
            }
        };
    }
}
