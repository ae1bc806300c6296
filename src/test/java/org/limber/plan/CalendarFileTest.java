package org.limber.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.Test;

/** The calendar file is read back by ical4j, an independent RFC 5545 implementation. */
class CalendarFileTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    final CalendarFile.Words words = new CalendarFile.Words("Limber: Gentle back, relief; easy",
            "Open Limber and start \"Gentle back\".\nTake it slowly.", "Time for your routine");

    Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void eachTimeOfDayBecomesAWeeklyEventWithAReminder() throws Exception {
        Plan plan = new Plan("plan-1", "me", "r", "Gentle back", List.of(LocalTime.of(9, 0), LocalTime.of(18, 30)),
                Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY, DayOfWeek.FRIDAY), MONDAY.plusDays(1), MONDAY.plusDays(30));
        String ics = CalendarFile.write(plan, Duration.ofSeconds(609), words, Instant.parse("2026-11-23T08:00:00Z"), 10, "1.0");
        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);

        VEvent morning = events.get(0);
        assertThat(morning.getSummary().getValue()).isEqualTo("Limber: Gentle back, relief; easy");
        assertThat(morning.getDescription().getValue()).isEqualTo("Open Limber and start \"Gentle back\".\nTake it slowly.");
        // starts on the first scheduled day after the plan's start (Tuesday -> Wednesday)
        assertThat((Temporal) morning.getDateTimeStart().getDate()).isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 0));
        assertThat(morning.getDuration().getDuration()).isEqualTo(Duration.ofMinutes(11));
        String rule = morning.getProperty(Property.RRULE).orElseThrow().getValue();
        assertThat(rule).contains("FREQ=WEEKLY").contains("BYDAY=MO,WE,FR").contains("UNTIL=20261223T090000");

        VAlarm alarm = morning.getAlarms().get(0);
        assertThat(alarm.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
        assertThat(alarm.<Trigger>getProperty(Property.TRIGGER).orElseThrow().getDuration()).isEqualTo(Duration.ofMinutes(-10));

        // the recurrence expands to the plan's days only, within its dates
        Period<LocalDateTime> window = new Period<>(LocalDateTime.of(2026, 11, 23, 0, 0), LocalDateTime.of(2027, 1, 31, 0, 0));
        Set<Period<LocalDateTime>> evenings = events.get(1).calculateRecurrenceSet(window);
        assertThat(evenings).hasSize(13);
        assertThat(evenings).allSatisfy(p -> {
            LocalDateTime start = p.getStart();
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(18, 30));
            assertThat(start.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
            assertThat(start.toLocalDate()).isBetween(MONDAY.plusDays(1), MONDAY.plusDays(30));
        });
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).doesNotHaveDuplicates();
    }

    @Test
    void openEndedPlansRecurWithoutEnd() throws Exception {
        Plan plan = new Plan("plan-2", "me", "r", "Breathing", List.of(LocalTime.of(7, 15)), Set.of(DayOfWeek.values()),
                MONDAY, null);
        VEvent event = parse(CalendarFile.write(plan, Duration.ofMinutes(5), words, Instant.EPOCH, 5, "1.0"))
                .<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getProperty(Property.RRULE).orElseThrow().getValue()).doesNotContain("UNTIL");
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() throws Exception {
        String longName = "Rückenübungen für die Lendenwirbelsäule, sanft und langsam ".repeat(4).strip();
        Plan plan = new Plan("plan-3", "me", "r", longName, List.of(LocalTime.NOON), Set.of(DayOfWeek.MONDAY), MONDAY, null);
        String ics = CalendarFile.write(plan, Duration.ofMinutes(5),
                new CalendarFile.Words(longName, longName, longName), Instant.EPOCH, 5, "1.0");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(parse(ics).<VEvent>getComponents("VEVENT").get(0).getSummary().getValue()).isEqualTo(longName);
    }
}
