package org.limber.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.limber.results.ResultSession;

/**
 * One client at a glance: the last session's day (null before any), sessions done this week
 * against those planned, the pain after their latest sessions (oldest first), the alerts (most
 * urgent first) and how each exercise went.
 */
public record ClientOverview(String profileId, String name, LocalDate lastSession, int weekDone, int weekPlanned,
        List<Integer> painTrend, List<Alert> alerts, List<ExerciseResult> exercises, Map<String, ResultSession> sessions) {

    public ClientOverview {
        Objects.requireNonNull(profileId, "profileId");
        painTrend = List.copyOf(painTrend);
        alerts = List.copyOf(alerts);
        exercises = List.copyOf(exercises);
        sessions = Map.copyOf(sessions);
    }

    /** The sessions behind an alert, oldest first. */
    public List<ResultSession> sessionsOf(Alert alert) {
        return alert.sessionIds().stream().map(sessions::get).filter(Objects::nonNull).toList();
    }

    static Map<String, ResultSession> byId(List<ResultSession> sessions) {
        return sessions.stream().collect(Collectors.toMap(ResultSession::id, Function.identity(), (a, b) -> b));
    }
}
