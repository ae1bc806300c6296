package org.limber.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * CSV as RFC 4180 has it: CRLF line ends, fields quoted when they hold a comma, quote or line
 * break; UTF-8 with a byte-order mark, so spreadsheet programs read umlauts right. A text that
 * a spreadsheet would take for a formula (it begins with {@code = + - @}, a tab or a carriage
 * return) is written with a leading apostrophe, as OWASP advises against CSV injection; numbers
 * are written as they are. Rows are written one by one, so an export of any size streams.
 */
public final class Csv implements AutoCloseable {

    private static final char BOM = '\uFEFF';

    private final Writer out;

    private Csv(Writer out) throws IOException {
        this.out = out;
        out.write(BOM);
    }

    /** A CSV writer onto {@code stream}, the byte-order mark already written. */
    public static Csv to(OutputStream stream) throws IOException {
        return new Csv(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    public void sessionHeader() throws IOException {
        row("session_id", "date", "started_at", "routine", "planned_seconds", "done_seconds", "completion_percent",
                "status", "pain_before", "pain_after", "hurt_steps", "notes");
    }

    public void session(SessionSummary s, ZoneId zone) throws IOException {
        row(s.id(), s.date().toString(), Instant.ofEpochMilli(s.startedAtMillis()).atZone(zone).toOffsetDateTime().toString(),
                text(s.routineName()), String.valueOf(s.plannedSeconds()), String.valueOf(s.doneSeconds()),
                String.valueOf(s.completionPercent()), s.outcome().key(), number(s.painBefore()), number(s.painAfter()),
                String.valueOf(s.hurtSteps()), text(s.notes()));
    }

    public void stepHeader() throws IOException {
        row("session_id", "position", "exercise_id", "exercise", "planned_seconds", "done_seconds", "result");
    }

    public void step(HistoryStore.StepSummary s) throws IOException {
        row(s.sessionId(), String.valueOf(s.position() + 1), text(s.exerciseId()), text(s.exerciseName()),
                String.valueOf(s.plannedSeconds()), String.valueOf(s.doneSeconds()), s.result());
    }

    public static byte[] sessions(List<SessionSummary> sessions, ZoneId zone) {
        return bytes(csv -> {
            csv.sessionHeader();
            for (SessionSummary s : sessions) {
                csv.session(s, zone);
            }
        });
    }

    public static byte[] steps(List<HistoryStore.StepSummary> steps) {
        return bytes(csv -> {
            csv.stepHeader();
            for (HistoryStore.StepSummary s : steps) {
                csv.step(s);
            }
        });
    }

    private interface Rows {
        void write(Csv csv) throws IOException;
    }

    private static byte[] bytes(Rows rows) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Csv csv = to(buffer)) {
            rows.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields[i]));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Free text (names, notes): neutralised when a spreadsheet would run it as a formula. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
