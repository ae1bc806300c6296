package org.limber.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** CSV as RFC 4180 has it: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
public final class Csv {

    private Csv() {
    }

    public static byte[] sessions(List<SessionSummary> sessions, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        row(out, "session_id", "date", "started_at", "routine", "planned_seconds", "done_seconds", "completion_percent",
                "status", "pain_before", "pain_after", "hurt_steps", "notes");
        for (SessionSummary s : sessions) {
            row(out, s.id(), s.date().toString(), Instant.ofEpochMilli(s.startedAtMillis()).atZone(zone).toOffsetDateTime().toString(),
                    s.routineName(), String.valueOf(s.plannedSeconds()), String.valueOf(s.doneSeconds()),
                    String.valueOf(s.completionPercent()), s.status(), text(s.painBefore()), text(s.painAfter()),
                    String.valueOf(s.hurtSteps()), s.notes());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] steps(List<HistoryStore.StepSummary> steps) {
        StringBuilder out = new StringBuilder();
        row(out, "session_id", "position", "exercise_id", "exercise", "planned_seconds", "done_seconds", "result");
        for (HistoryStore.StepSummary s : steps) {
            row(out, s.sessionId(), String.valueOf(s.position() + 1), s.exerciseId(), s.exerciseName(),
                    String.valueOf(s.plannedSeconds()), String.valueOf(s.doneSeconds()), s.result());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void row(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
