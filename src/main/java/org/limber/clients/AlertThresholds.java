package org.limber.clients;

/**
 * When a client's results raise an alert: pain of {@code painHigh} or more before or after a
 * session; pain after {@code painRise} or more above the first week's mean; no session on
 * {@code missedDays} planned days in a row; the same exercise skipped or hurting {@code repeats}
 * times. Values outside the allowed ranges are brought into them.
 */
public record AlertThresholds(int painHigh, int painRise, int missedDays, int repeats) {

    public static final int MIN_PAIN_HIGH = 1;
    public static final int MAX_PAIN_HIGH = 10;
    public static final int MIN_PAIN_RISE = 1;
    public static final int MAX_PAIN_RISE = 10;
    public static final int MIN_MISSED_DAYS = 1;
    public static final int MAX_MISSED_DAYS = 60;
    public static final int MIN_REPEATS = 1;
    public static final int MAX_REPEATS = 100;

    public AlertThresholds {
        painHigh = clamp(painHigh, MIN_PAIN_HIGH, MAX_PAIN_HIGH);
        painRise = clamp(painRise, MIN_PAIN_RISE, MAX_PAIN_RISE);
        missedDays = clamp(missedDays, MIN_MISSED_DAYS, MAX_MISSED_DAYS);
        repeats = clamp(repeats, MIN_REPEATS, MAX_REPEATS);
    }

    /** Pain 7, a rise of 2, three planned days, three times. */
    public static AlertThresholds defaults() {
        return new AlertThresholds(7, 2, 3, 3);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
