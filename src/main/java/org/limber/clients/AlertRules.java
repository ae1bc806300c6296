package org.limber.clients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.limber.results.FollowedPlan;
import org.limber.results.ResultSession;
import org.limber.session.SessionRecorder.StepResult;

/**
 * The alert rules on one client's results, with the thresholds given. Plain arithmetic on the
 * sessions and plans: no clock, no storage.
 */
public final class AlertRules {

    private final AlertThresholds limits;

    public AlertRules(AlertThresholds limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Every alert on {@code sessions} (oldest first) and {@code plans}, most urgent first. Planned
     * days count as missed up to {@code through} only: after it the client's results are not known yet.
     */
    public List<Alert> alerts(List<ResultSession> sessions, List<FollowedPlan> plans, LocalDate through) {
        List<Alert> alerts = new ArrayList<>();
        for (ResultSession s : sessions) {
            painHigh(s).ifPresent(alerts::add);
            hurt(s).ifPresent(alerts::add);
        }
        painRise(sessions).ifPresent(alerts::add);
        alerts.addAll(repeated(sessions));
        alerts.addAll(new MissedDays(new PlannedDays(plans), limits.missedDays()).alerts(sessions, through));
        alerts.sort(Alert.BY_URGENCY);
        return alerts;
    }

    Optional<Alert> painHigh(ResultSession s) {
        if (s.painAfter() != null && s.painAfter() >= limits.painHigh()) {
            return Optional.of(one(Alert.Kind.PAIN_HIGH, "alerts.painHigh.after", s, s.painAfter()));
        }
        if (s.painBefore() != null && s.painBefore() >= limits.painHigh()) {
            return Optional.of(one(Alert.Kind.PAIN_HIGH, "alerts.painHigh.before", s, s.painBefore()));
        }
        return Optional.empty();
    }

    Optional<Alert> hurt(ResultSession s) {
        Set<String> names = s.steps().stream().filter(ResultSession.Step::hurt).map(AlertRules::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return names.isEmpty() ? Optional.empty()
                : Optional.of(one(Alert.Kind.HURT, "alerts.hurt", s, String.join(", ", names)));
    }

    /**
     * Pain after the session against the mean of the first week with a pain after (its first seven
     * days): every later session {@code painRise} or more above that mean, in one alert.
     */
    Optional<Alert> painRise(List<ResultSession> sessions) {
        List<ResultSession> rated = sessions.stream().filter(s -> s.painAfter() != null).toList();
        if (rated.isEmpty()) {
            return Optional.empty();
        }
        LocalDate weekEnd = rated.get(0).date().plusDays(7);
        List<ResultSession> firstWeek = rated.stream().filter(s -> s.date().isBefore(weekEnd)).toList();
        int n = firstWeek.size();
        int sum = firstWeek.stream().mapToInt(ResultSession::painAfter).sum();
        // painAfter - sum / n >= rise, in whole numbers
        List<ResultSession> risen = rated.stream().filter(s -> !s.date().isBefore(weekEnd))
                .filter(s -> s.painAfter() * n - sum >= limits.painRise() * n).toList();
        if (risen.isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = risen.get(risen.size() - 1).date();
        return Optional.of(new Alert(Alert.Kind.PAIN_RISE, "alerts.painRise",
                List.of((double) sum / n, limits.painRise(), risen.size(), last), ids(risen), risen.get(0).date(), last));
    }

    /** Each exercise skipped or hurting {@code repeats} times or more, over all the sessions. */
    List<Alert> repeated(List<ResultSession> sessions) {
        Map<String, List<ResultSession>> byExercise = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ResultSession s : sessions) {
            for (ResultSession.Step step : s.steps()) {
                if (step.result() == StepResult.SKIPPED || step.result() == StepResult.HURT) {
                    byExercise.computeIfAbsent(step.exerciseId(), k -> new ArrayList<>()).add(s);
                    names.put(step.exerciseId(), name(step));
                }
            }
        }
        List<Alert> alerts = new ArrayList<>();
        byExercise.forEach((id, times) -> {
            if (times.size() >= limits.repeats()) {
                List<ResultSession> distinct = times.stream().distinct().toList();
                LocalDate last = times.get(times.size() - 1).date();
                alerts.add(new Alert(Alert.Kind.REPEATED, "alerts.repeated", List.of(names.get(id), times.size(), last),
                        ids(distinct), times.get(0).date(), last));
            }
        });
        return alerts;
    }

    private static Alert one(Alert.Kind kind, String key, ResultSession s, Object value) {
        return new Alert(kind, key, List.of(s.date(), value), List.of(s.id()), s.date(), s.date());
    }

    private static String name(ResultSession.Step step) {
        return step.exerciseName().isBlank() ? step.exerciseId() : step.exerciseName();
    }

    private static List<String> ids(List<ResultSession> sessions) {
        return sessions.stream().map(ResultSession::id).distinct().toList();
    }
}
