package org.limber.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    static Plan plan(String routine, Set<DayOfWeek> days, LocalDate end, String... times) {
        return new Plan("p-" + routine, "me", routine, "Routine " + routine,
                Arrays.stream(times).map(LocalTime::parse).toList(), days, MONDAY, end);
    }

    @Test
    void dueOnlyOnItsDaysWithinItsDates() {
        Plan plan = plan("r", Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), MONDAY.plusDays(10), "09:00", "18:00");
        assertThat(plan.dueOn(MONDAY)).isEqualTo(2);
        assertThat(plan.dueOn(MONDAY.plusDays(1))).isZero();
        assertThat(plan.dueOn(MONDAY.plusDays(3))).isEqualTo(2);
        assertThat(plan.dueOn(MONDAY.minusDays(7))).isZero();
        assertThat(plan.dueOn(MONDAY.plusDays(7))).isEqualTo(2);
        assertThat(plan.dueOn(MONDAY.plusDays(10))).isEqualTo(2);
        assertThat(plan.dueOn(MONDAY.plusDays(14))).isZero();
    }

    @Test
    void timesAreSortedAndDuplicatesDropped() {
        Plan plan = plan("r", Set.of(DayOfWeek.MONDAY), null, "18:00", "09:00", "18:00");
        assertThat(plan.times()).containsExactly(LocalTime.of(9, 0), LocalTime.of(18, 0));
    }

    @Test
    void firstDayIsTheFirstScheduledDayFromTheStart() {
        assertThat(plan("r", Set.of(DayOfWeek.WEDNESDAY), null, "09:00").firstDay()).contains(MONDAY.plusDays(2));
        assertThat(plan("r", Set.of(DayOfWeek.SUNDAY), MONDAY.plusDays(2), "09:00").firstDay()).isEmpty();
    }

    @Test
    void impossiblePlansAreRefused() {
        assertThatThrownBy(() -> plan("r", Set.of(), null, "09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan("r", Set.of(DayOfWeek.MONDAY), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan("r", Set.of(DayOfWeek.MONDAY), MONDAY.minusDays(1), "09:00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adherenceCountsDoneUpToWhatWasDueEachDay() {
        Plan twiceMonThu = plan("a", Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), null, "09:00", "18:00");
        Plan daily = plan("b", Set.of(DayOfWeek.values()), null, "12:00");
        Map<LocalDate, Map<String, Integer>> done = Map.of(
                MONDAY, Map.of("a", 3, "b", 1),            // a third session of a does not count extra
                MONDAY.plusDays(1), Map.of("a", 1),         // a on a day it was not due: not counted
                MONDAY.plusDays(3), Map.of("a", 1, "b", 1));
        Adherence week = Adherence.of(List.of(twiceMonThu, daily), done, MONDAY, MONDAY.plusDays(6));
        assertThat(week.planned()).isEqualTo(4 + 7);
        assertThat(week.done()).isEqualTo(2 + 1 + 1 + 1);
        assertThat(week.percent()).isEqualTo(45);
        assertThat(Adherence.of(List.of(), done, MONDAY, MONDAY).percent()).isEqualTo(-1);
    }

    @Test
    void todayCountsOnlyWhatIsAlreadyDone() {
        Plan twiceDaily = plan("a", Set.of(DayOfWeek.values()), null, "09:00", "18:00");
        Map<LocalDate, Map<String, Integer>> done = Map.of(MONDAY, Map.of("a", 2), MONDAY.plusDays(1), Map.of("a", 1));
        assertThat(Adherence.untilNow(List.of(twiceDaily), done, MONDAY, MONDAY.plusDays(1)))
                .isEqualTo(new Adherence(3, 3));
        assertThat(Adherence.untilNow(List.of(twiceDaily), Map.of(), MONDAY, MONDAY)).isEqualTo(Adherence.NONE);
        assertThat(Adherence.untilNow(List.of(twiceDaily), Map.of(), MONDAY, MONDAY.plusDays(2)))
                .isEqualTo(new Adherence(4, 0));
    }

    @Test
    void agendaListsTodaysPlansByTimeAndSharesSessionsOut() {
        Plan evening = plan("a", Set.of(DayOfWeek.MONDAY), null, "19:00");
        Plan morning = new Plan("p2", "me", "a", "Routine a", List.of(LocalTime.of(8, 0)), Set.of(DayOfWeek.MONDAY),
                MONDAY, null);
        Plan notToday = plan("c", Set.of(DayOfWeek.TUESDAY), null, "07:00");
        List<Agenda.Item> items = Agenda.of(List.of(evening, morning, notToday), Map.of("a", 1), MONDAY);
        assertThat(items).extracting(i -> i.plan().id()).containsExactly("p2", "p-a");
        assertThat(items.get(0).finished()).isTrue();
        assertThat(items.get(1).finished()).isFalse();
    }
}
