package org.limber.session;

/** A clock the test moves by hand: monotonic and wall time advance together unless told otherwise. */
final class FakeTime implements TimeSource {

    long nanos = 1_000_000_000L;
    long wall = 1_800_000_000_000L;

    void advanceMillis(double millis) {
        long n = Math.round(millis * 1_000_000);
        nanos += n;
        wall += Math.round(millis);
    }

    @Override
    public long monotonicNanos() {
        return nanos;
    }

    @Override
    public long wallMillis() {
        return wall;
    }
}
