package org.limber.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.limber.session.SessionRecorder.Status;
import org.limber.session.SessionRecorder.StepResult;

/** The results file's shapes as Jackson reads and writes them, version 1; see results.schema.json. */
final class ResultsJson {

    private ResultsJson() {
    }

    /** The whole file, as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Whole(String format, int version, String exportedBy, PersonJson person, List<PlanJson> plans,
            List<SessionJson> sessions) {
    }

    /** Everything but the sessions, which are written and read one at a time. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Head(String format, int version, String exportedBy, PersonJson person, List<PlanJson> plans) {
    }

    record PersonJson(String id, String name) {

        static PersonJson of(ResultsFile.Person p) {
            return new PersonJson(p.id(), p.name());
        }

        ResultsFile.Person toPerson() {
            return new ResultsFile.Person(id, name);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlanJson(String id, String routineId, String routineName, List<String> times, List<String> days,
            String start, String end) {

        static PlanJson of(FollowedPlan p) {
            return new PlanJson(p.id(), p.routineId(), p.routineName(), p.times().stream().map(LocalTime::toString).toList(),
                    EnumSet.copyOf(p.days()).stream().map(d -> d.name().substring(0, 2)).toList(), p.start().toString(),
                    p.end() == null ? null : p.end().toString());
        }

        FollowedPlan toPlan() {
            Set<DayOfWeek> weekdays = days.stream().map(ResultsJson::day).collect(Collectors.toSet());
            return new FollowedPlan(id, routineId, routineName, times.stream().map(LocalTime::parse).toList(), weekdays,
                    LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionJson(String id, String routineId, String routineName, String startedAt, String endedAt, String date,
            int plannedSeconds, int doneSeconds, String status, Integer painBefore, Integer painAfter, String notes,
            List<StepJson> steps) {

        static SessionJson of(ResultSession s) {
            return new SessionJson(s.id(), s.routineId(), s.routineName(), s.startedAt().toString(),
                    s.endedAt() == null ? null : s.endedAt().toString(), s.date().toString(), s.plannedSeconds(),
                    s.doneSeconds(), lower(s.status()), s.painBefore(), s.painAfter(), s.notes(),
                    s.steps().stream().map(StepJson::of).toList());
        }

        /** {@code text} shares equal strings (exercise and routine names repeat in every session). */
        ResultSession toSession(UnaryOperator<String> text) {
            return new ResultSession(id, text.apply(routineId), text.apply(routineName), Instant.parse(startedAt),
                    endedAt == null ? null : Instant.parse(endedAt), LocalDate.parse(date), plannedSeconds, doneSeconds,
                    Status.valueOf(upper(status)), painBefore, painAfter, notes,
                    steps.stream().map(s -> s.toStep(text)).toList());
        }
    }

    record StepJson(int position, String exercise, String exerciseName, int plannedSeconds, int doneSeconds,
            String result, String finishedAt) {

        static StepJson of(ResultSession.Step s) {
            return new StepJson(s.position(), s.exerciseId(), s.exerciseName(), s.plannedSeconds(), s.doneSeconds(),
                    lower(s.result()), s.finishedAt().toString());
        }

        ResultSession.Step toStep(UnaryOperator<String> text) {
            return new ResultSession.Step(position, text.apply(exercise), text.apply(exerciseName), plannedSeconds,
                    doneSeconds, StepResult.valueOf(upper(result)), Instant.parse(finishedAt));
        }
    }

    static DayOfWeek day(String code) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a day of the week: " + code);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
