package org.limber.clients;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Something in a client's results the physiotherapist should look at: its message as a key of
 * the messages with its arguments (dates as {@link LocalDate}, for the view to format), the
 * sessions behind it (none for days without a session) and the days it concerns, from..to.
 */
public record Alert(Kind kind, String key, List<Object> args, List<String> sessionIds, LocalDate from, LocalDate to) {

    /** The rules, most urgent first: the order the alerts are listed in. */
    public enum Kind {
        PAIN_HIGH, PAIN_RISE, HURT, REPEATED, MISSED;

        /** 0 is the most urgent. */
        public int urgency() {
            return ordinal();
        }
    }

    /** Most urgent first, then the most recent first. */
    public static final Comparator<Alert> BY_URGENCY = Comparator.comparingInt((Alert a) -> a.kind().urgency())
            .thenComparing(Alert::to, Comparator.reverseOrder()).thenComparing(Alert::key);

    public Alert {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        args = List.copyOf(args);
        sessionIds = List.copyOf(sessionIds);
    }
}
