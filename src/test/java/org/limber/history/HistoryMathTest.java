package org.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class HistoryMathTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void streaksCountDaysInARowWithGaps() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22));
        assertThat(Streaks.of(days, TODAY)).isEqualTo(new Streaks(3, 4));
    }

    @Test
    void todayWithoutASessionYetKeepsYesterdaysStreak() {
        List<LocalDate> days = List.of(TODAY.minusDays(2), TODAY.minusDays(1));
        assertThat(Streaks.of(days, TODAY).current()).isEqualTo(2);
        assertThat(Streaks.of(days, TODAY.plusDays(1)).current()).isZero();
        assertThat(Streaks.of(List.of(), TODAY)).isEqualTo(new Streaks(0, 0));
    }

    @Test
    void aDaylightSavingChangeDayIsAnOrdinaryDay() {
        // clocks went back in Europe on 2026-10-25: that day has 25 hours
        List<LocalDate> days = List.of(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26));
        assertThat(Streaks.of(days, LocalDate.of(2026, 10, 26))).isEqualTo(new Streaks(3, 3));
    }

    @Test
    void aSessionCrossingMidnightCountsForTheDayItStarted() {
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 21, 23, 50, 0, 0, ZoneId.of("Europe/Berlin"));
        LocalDate recorded = start.toLocalDate();
        assertThat(Streaks.of(List.of(recorded), TODAY).current()).isEqualTo(1);
        Map<LocalDate, Integer> weeks = WeeklyMinutes.of(Map.of(recorded, 20 * 60), TODAY.minusDays(13), TODAY);
        assertThat(weeks.get(LocalDate.of(2026, 11, 16))).isEqualTo(20);
    }

    @Test
    void weeklyMinutesStartOnMondayAndIncludeEmptyWeeks() {
        Map<LocalDate, Integer> perDay = Map.of(
                LocalDate.of(2026, 11, 2), 600,   // Monday
                LocalDate.of(2026, 11, 8), 300,   // Sunday, same week
                LocalDate.of(2026, 11, 16), 90);
        Map<LocalDate, Integer> weeks = WeeklyMinutes.of(perDay, LocalDate.of(2026, 11, 1), TODAY);
        assertThat(weeks).containsEntry(LocalDate.of(2026, 10, 26), 0)
                .containsEntry(LocalDate.of(2026, 11, 2), 15)
                .containsEntry(LocalDate.of(2026, 11, 9), 0)
                .containsEntry(LocalDate.of(2026, 11, 16), 2);
    }

    @Test
    void csvReadsBackWithAWellKeptParser() throws Exception {
        SessionSummary tricky = new SessionSummary("s1", "Morning, \"gentle\"\nversion", 1_795_000_000_000L,
                LocalDate.of(2026, 11, 18), 600, 450, "stopped", 6, null, 1, "Stiff, then \"better\"");
        SessionSummary plain = new SessionSummary("s2", "R\u00fcckenyoga", 1_795_100_000_000L,
                LocalDate.of(2026, 11, 19), 300, 300, "completed", null, 2, 0);
        String csv = new String(Csv.sessions(List.of(tricky, plain), ZoneId.of("UTC")), StandardCharsets.UTF_8);
        assertThat(csv).contains("\r\n").startsWith("\uFEFFsession_id");
        csv = csv.substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("routine")).isEqualTo(tricky.routineName());
        assertThat(records.get(0).get("completion_percent")).isEqualTo("75");
        assertThat(records.get(0).get("pain_before")).isEqualTo("6");
        assertThat(records.get(0).get("pain_after")).isEmpty();
        assertThat(records.get(0).get("notes")).isEqualTo("Stiff, then \"better\"");
        assertThat(records.get(1).get("routine")).isEqualTo("R\u00fcckenyoga");
        assertThat(records.get(1).get("date")).isEqualTo("2026-11-19");

        String steps = new String(Csv.steps(List.of(new HistoryStore.StepSummary("s1", 0, "bridge", "Bridge, slow",
                40, 38, "hurt"))), StandardCharsets.UTF_8).substring(1);
        CSVRecord step = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(steps)).getRecords().get(0);
        assertThat(step.get("exercise")).isEqualTo("Bridge, slow");
        assertThat(step.get("position")).isEqualTo("1");
        assertThat(step.get("result")).isEqualTo("hurt");
    }

    @Test
    void aNoteThatASpreadsheetWouldRunIsWrittenAsText() throws Exception {
        List<SessionSummary> sessions = new ArrayList<>();
        String[] risky = {"=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "=HYPERLINK(\"http://x\",\"y\")"};
        for (int i = 0; i < risky.length; i++) {
            sessions.add(new SessionSummary("s" + i, risky[i], 1_795_000_000_000L, LocalDate.of(2026, 11, 18), 60, 60,
                    "completed", 3, 2, 0, risky[i]));
        }
        String csv = new String(Csv.sessions(sessions, ZoneId.of("UTC")), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        for (int i = 0; i < risky.length; i++) {
            assertThat(records.get(i).get("notes")).isEqualTo("'" + risky[i]);
            assertThat(records.get(i).get("routine")).isEqualTo("'" + risky[i]);
            assertThat(records.get(i).get("pain_before")).as("numbers stay numbers").isEqualTo("3");
        }
    }
}
