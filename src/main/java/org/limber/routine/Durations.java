package org.limber.routine;

/** Times as a clock shows them: {@code m:ss}, or {@code h:mm:ss} from an hour on. */
public final class Durations {

    private Durations() {
    }

    public static String clock(long millis) {
        long seconds = Math.max(0, (millis + 999) / 1000);
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, s) : String.format("%d:%02d", m, s);
    }
}
