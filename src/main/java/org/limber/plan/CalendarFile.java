package org.limber.plan;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * A plan as an iCalendar file (RFC 5545): one weekly recurring event per time of day, each with
 * a display reminder. Times are floating local times, so 09:00 stays 09:00 wherever the
 * calendar is.
 */
public final class CalendarFile {

    public static final String EXTENSION = ".ics";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    /** The words the events carry, in the user's language. */
    public record Words(String summary, String description, String reminder) {
    }

    private CalendarFile() {
    }

    public static String write(Plan plan, Duration length, Words words, Instant stamp, int reminderMinutes,
            String version) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Limber//Limber " + version + "//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        LocalDate first = plan.firstDay().orElse(plan.start());
        long minutes = Math.max(1, (length.getSeconds() + 59) / 60);
        for (LocalTime time : plan.times()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + plan.id() + "-" + time.toString().replace(":", "") + "@limber.invalid");
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + LOCAL.format(first.atTime(time)));
            line(out, "DURATION:PT" + minutes + "M");
            line(out, "RRULE:" + rule(plan, time));
            line(out, "SUMMARY:" + text(words.summary()));
            line(out, "DESCRIPTION:" + text(words.description()));
            line(out, "BEGIN:VALARM");
            line(out, "ACTION:DISPLAY");
            line(out, "DESCRIPTION:" + text(words.reminder()));
            line(out, "TRIGGER:-PT" + reminderMinutes + "M");
            line(out, "END:VALARM");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String rule(Plan plan, LocalTime time) {
        String days = plan.orderedDays().stream().map(CalendarFile::code).collect(Collectors.joining(","));
        String rule = "FREQ=WEEKLY;BYDAY=" + days;
        if (plan.end() != null) {
            // DTSTART is a floating local time, so UNTIL is one too (RFC 5545, 3.3.10)
            rule += ";UNTIL=" + LOCAL.format(plan.end().atTime(time));
        }
        return rule;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    /** TEXT escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 character, ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
