package org.limber.ui.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.limber.history.SessionSummary;

/**
 * Some sessions of one person to look at together, such as the ones behind an alert on the
 * clients overview: their days, from..to, and their ids (none: every session of those days).
 */
public record SessionsFocus(String profileId, String profileName, LocalDate from, LocalDate to,
        Set<String> sessionIds) {

    public SessionsFocus {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        sessionIds = Set.copyOf(sessionIds);
    }

    /** Whether a row of the history is one of these sessions. */
    public Predicate<SessionSummary> keeps() {
        return s -> sessionIds.isEmpty() || sessionIds.contains(s.id());
    }
}
