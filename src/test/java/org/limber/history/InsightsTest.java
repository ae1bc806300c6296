package org.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightsTest {

    static SessionSummary s(LocalDate day, Integer before, Integer after) {
        return new SessionSummary(day.toString(), "R", day.atTime(9, 0).toInstant(ZoneOffset.UTC).toEpochMilli(), day,
                600, 600, "completed", before, after, 0);
    }

    static final LocalDate START = LocalDate.of(2026, 10, 1);

    @Test
    void painThatEasesGivesNoBanner() {
        List<SessionSummary> sessions = new ArrayList<>();
        for (int d = 0; d < 30; d += 2) {
            sessions.add(s(START.plusDays(d), 7 - d / 6, 6 - d / 6));
        }
        assertThat(Insights.check(sessions)).isEmpty();
    }

    @Test
    void painRecordedOverThreeWeeksWithoutImprovementSuggestsACheck() {
        List<SessionSummary> sessions = new ArrayList<>();
        for (int d = 0; d < 26; d += 2) {
            sessions.add(s(START.plusDays(d), 5 + (d % 4 == 0 ? 1 : 0), 4));
        }
        assertThat(Insights.check(sessions)).contains(Insights.Reason.NO_IMPROVEMENT);
    }

    @Test
    void twoWeeksOfFlatPainIsTooSoonToSay() {
        List<SessionSummary> sessions = new ArrayList<>();
        for (int d = 0; d < 14; d += 2) {
            sessions.add(s(START.plusDays(d), 5, 4));
        }
        assertThat(Insights.check(sessions)).isEmpty();
    }

    @Test
    void worsePainAfterThreeSessionsRunningSuggestsACheck() {
        List<SessionSummary> sessions = new ArrayList<>(List.of(
                s(START, 4, 3), s(START.plusDays(1), 4, 5), s(START.plusDays(2), 3, 5), s(START.plusDays(3), 4, 6)));
        assertThat(Insights.check(sessions)).contains(Insights.Reason.WORSE_AFTER_SESSIONS);
        sessions.add(s(START.plusDays(4), 5, 4));
        assertThat(Insights.check(sessions)).isEmpty();
        sessions.add(s(START.plusDays(5), null, 7));
        assertThat(Insights.check(sessions)).as("a session without both ratings does not count").isEmpty();
    }
}
