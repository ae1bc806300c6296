package org.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 17, item 10: any date range fits the page (years shown by month, decades by year). */
class PeriodsTest {

    final LocalDate today = LocalDate.of(2026, 11, 22);

    @Test
    void theUnitFollowsTheLengthOfTheRange() {
        assertThat(Periods.grain(today.minusMonths(12).plusDays(1), today)).isEqualTo(Periods.Grain.WEEK);
        assertThat(Periods.grain(today.minusYears(2), today)).isEqualTo(Periods.Grain.MONTH);
        assertThat(Periods.grain(today.minusYears(10), today)).isEqualTo(Periods.Grain.YEAR);
    }

    @Test
    void tenYearsSumUpToElevenYearsOfMinutesWithNothingLost() {
        LocalDate from = today.minusYears(10);
        Map<LocalDate, Integer> seconds = Map.of(from, 600, today, 1200, LocalDate.of(2020, 2, 29), 60,
                from.minusDays(1), 6000);
        Map<LocalDate, Integer> years = Periods.minutes(seconds, from, today, Periods.Grain.YEAR);
        assertThat(years).hasSize(11);
        assertThat(years.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10 + 20 + 1);
        assertThat(years.get(LocalDate.of(2020, 1, 1))).isEqualTo(1);
        Map<LocalDate, Integer> months = Periods.monthly(seconds, from, today);
        assertThat(months).hasSize(121);
        assertThat(months.keySet()).allMatch(d -> d.getDayOfMonth() == 1);
    }

    @Test
    void onlyTheOpeningRangeIsTheLastTwelveMonths() {
        assertThat(Periods.lastTwelveMonths(today.minusMonths(12).plusDays(1), today, today)).isTrue();
        assertThat(Periods.lastTwelveMonths(today.minusYears(10), today, today)).isFalse();
        assertThat(Periods.lastTwelveMonths(today.minusMonths(12).plusDays(1), today, today.plusDays(1))).isFalse();
    }
}
