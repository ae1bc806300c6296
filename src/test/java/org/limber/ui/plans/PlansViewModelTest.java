package org.limber.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.history.HistoryStore;
import org.limber.plan.CalendarFile;
import org.limber.plan.Plan;
import org.limber.plan.PlanStore;
import org.limber.routine.Physiotherapist;
import org.limber.routine.Routine;
import org.limber.ui.common.Failure;
import org.limber.ui.common.FailureReason;
import org.limber.ui.today.TodayViewModel;

class PlansViewModelTest {

    static final Clock MONDAY_NOON = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    final Routine morning = new Routine("r1", "Morning", "", List.of());

    /** A plan store in memory. */
    static class MemoryPlans implements PlanStore {
        final List<Plan> plans = new ArrayList<>();
        final Map<LocalDate, Map<String, Integer>> completed = new HashMap<>();

        @Override
        public List<Plan> plans(String profileId) {
            return plans.stream().filter(p -> p.profileId().equals(profileId)).toList();
        }

        @Override
        public void savePlan(Plan plan) {
            plans.removeIf(p -> p.id().equals(plan.id()));
            plans.add(plan);
        }

        @Override
        public void deletePlan(String id) {
            plans.removeIf(p -> p.id().equals(id));
        }

        @Override
        public Map<LocalDate, Map<String, Integer>> completed(String profileId, LocalDate from, LocalDate to) {
            return completed;
        }
    }

    final MemoryPlans store = new MemoryPlans();
    final PlansViewModel vm = new PlansViewModel(store, BackgroundExecutor.sameThread(), MONDAY_NOON, () -> "ann",
            () -> "new-plan");

    @Test
    void aFormWithMistakesMarksEachFieldAndSavesNothing() {
        PlanForm form = vm.newForm();
        form.timesProperty().set("9 o'clock");
        for (DayOfWeek day : DayOfWeek.values()) {
            form.dayProperty(day).set(false);
        }
        form.endProperty().set(form.startProperty().get().minusDays(1));

        assertThat(vm.save(form)).isFalse();
        assertThat(form.routineProblemProperty().get()).isEqualTo("plans.problem.routine");
        assertThat(form.timesProblemProperty().get()).isEqualTo("plans.problem.timeUnreadable");
        assertThat(form.daysProblemProperty().get()).isEqualTo("plans.problem.days");
        assertThat(form.datesProblemProperty().get()).isEqualTo("plans.problem.endBeforeStart");
        assertThat(store.plans).isEmpty();

        form.timesProperty().set("");
        assertThat(vm.save(form)).isFalse();
        assertThat(form.timesProblemProperty().get()).isEqualTo("plans.problem.timesMissing");
        form.timesProperty().set("1:00 2:00 3:00 4:00 5:00 6:00 7:00");
        assertThat(vm.save(form)).isFalse();
        assertThat(form.timesProblemProperty().get()).isEqualTo("plans.problem.timesTooMany");
        form.timesProperty().set("8:15");
        assertThat(form.timesProblemProperty().get()).as("typing clears the mark").isEmpty();

        form.routineProperty().set(morning);
        form.dayProperty(DayOfWeek.FRIDAY).set(true);
        form.endProperty().set(form.startProperty().get().plusDays(1));   // Monday to Tuesday, Fridays only
        assertThat(vm.save(form)).isFalse();
        assertThat(form.datesProblemProperty().get()).isEqualTo("plans.problem.noDay");
        assertThat(store.plans).isEmpty();
    }

    @Test
    void aGoodFormIsSavedForTheActiveProfileAndEditingKeepsItsId() {
        Runnable[] told = {null};
        int[] changes = {0};
        vm.onChange(() -> changes[0]++);
        PlanForm form = vm.newForm();
        form.routineProperty().set(morning);
        form.timesProperty().set("18:30, 7:45");
        form.dayProperty(DayOfWeek.SUNDAY).set(false);
        assertThat(vm.save(form)).isTrue();
        assertThat(vm.plans()).hasSize(1);
        Plan saved = vm.plans().get(0);
        assertThat(saved.profileId()).isEqualTo("ann");
        assertThat(saved.times()).containsExactly(LocalTime.of(7, 45), LocalTime.of(18, 30));
        assertThat(saved.days()).hasSize(6).doesNotContain(DayOfWeek.SUNDAY);
        assertThat(saved.start()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(changes[0]).isEqualTo(1);
        assertThat(told[0]).isNull();

        PlanForm again = vm.newForm();
        again.edit(saved, morning);
        again.timesProperty().set("10:00");
        assertThat(vm.save(again)).isTrue();
        assertThat(vm.plans()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(saved.id());
            assertThat(p.times()).containsExactly(LocalTime.of(10, 0));
        });

        vm.delete(vm.plans().get(0));
        assertThat(vm.plans()).isEmpty();
        assertThat(changes[0]).isEqualTo(3);
    }

    @Test
    void theCalendarFileIsWrittenWhereAsked(@TempDir Path dir) throws Exception {
        Plan plan = new Plan("p", "ann", "r1", "Morning", List.of(LocalTime.of(9, 0)), Set.of(DayOfWeek.MONDAY),
                LocalDate.of(2026, 11, 23), null);
        Path[] written = {vm.calendarExport(plan, p -> Duration.ofMinutes(4),
                new CalendarFile.Words("Limber: Morning", "Start Morning", "Soon"), "test").to(dir.resolve("morning.ics"))};
        assertThat(written[0]).isEqualTo(dir.resolve("morning.ics"));
        assertThat(Files.readString(written[0])).contains("SUMMARY:Limber: Morning").contains("RRULE:FREQ=WEEKLY;BYDAY=MO");
    }

    @Test
    void todayShowsWhatIsDueAndWhatIsDone() {
        store.savePlan(new Plan("p", "ann", "r1", "Morning", List.of(LocalTime.of(9, 0), LocalTime.of(19, 0)),
                Set.of(DayOfWeek.MONDAY), LocalDate.of(2026, 11, 1), null));
        store.savePlan(new Plan("q", "ann", "r2", "Tuesday only", List.of(LocalTime.of(9, 0)),
                Set.of(DayOfWeek.TUESDAY), LocalDate.of(2026, 11, 1), null));
        store.completed.put(LocalDate.of(2026, 11, 23), Map.of("r1", 1));
        HistoryStore history = (HistoryStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HistoryStore.class}, (proxy, method, args) -> method.getName().equals("activeDays")
                        ? List.of(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23)) : null);
        TodayViewModel today = new TodayViewModel(store, history, BackgroundExecutor.sameThread(), MONDAY_NOON, () -> "ann",
                FXCollections.observableArrayList());
        today.load();
        assertThat(today.due()).singleElement().satisfies(item -> {
            assertThat(item.plan().routineName()).isEqualTo("Morning");
            assertThat(item.due()).isEqualTo(2);
            assertThat(item.done()).isEqualTo(1);
        });
        assertThat(today.streaksProperty().get().current()).isEqualTo(2);
    }

    @Test
    void todayOffersToSendResultsBackWhileAPlanOfARoutineFromAPhysiotherapistRuns() {
        Physiotherapist kim = new Physiotherapist("Kim Berger", "Praxis am Park");
        ObservableList<Routine> routines = FXCollections.observableArrayList(
                new Routine("r1", "Morning", "", List.of()), new Routine("r2", "Evening", "", List.of()).withFrom(kim));
        HistoryStore history = (HistoryStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HistoryStore.class}, (proxy, method, args) -> List.of());
        TodayViewModel today = new TodayViewModel(store, history, BackgroundExecutor.sameThread(), MONDAY_NOON,
                () -> "ann", routines);
        store.savePlan(new Plan("p", "ann", "r1", "Morning", List.of(LocalTime.of(9, 0)), Set.of(DayOfWeek.MONDAY),
                LocalDate.of(2026, 11, 1), null));
        store.savePlan(new Plan("q", "ann", "r2", "Evening", List.of(LocalTime.of(19, 0)), Set.of(DayOfWeek.TUESDAY),
                LocalDate.of(2026, 11, 25), null));
        today.load();
        assertThat(today.sendsToProperty().get()).as("the evening plan starts on Wednesday").isNull();

        store.savePlan(new Plan("q", "ann", "r2", "Evening", List.of(LocalTime.of(19, 0)), Set.of(DayOfWeek.TUESDAY),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
        today.load();
        assertThat(today.sendsToProperty().get()).as("running, though not due on a Monday").isEqualTo(kim);

        routines.set(1, routines.get(1).withFrom(null));
        assertThat(today.sendsToProperty().get()).as("the routine no longer names anyone").isNull();
    }

    @Test
    void aFailingStoreIsReportedInPlaceAndClearedByTheNextSuccess() {
        boolean[] broken = {true};
        MemoryPlans failing = new MemoryPlans() {
            @Override
            public void savePlan(Plan plan) {
                if (broken[0]) {
                    throw new IllegalStateException("disk full");
                }
                super.savePlan(plan);
            }

            @Override
            public List<Plan> plans(String profileId) {
                if (broken[0]) {
                    throw new IllegalStateException("locked");
                }
                return super.plans(profileId);
            }
        };
        PlansViewModel plans = new PlansViewModel(failing, BackgroundExecutor.sameThread(), MONDAY_NOON, () -> "ann",
                () -> "new-plan");
        plans.load();
        assertThat(plans.errorProperty().get()).isEqualTo(Failure.of("plans.error.load", FailureReason.UNEXPECTED));
        PlanForm form = plans.newForm();
        form.routineProperty().set(morning);
        assertThat(plans.save(form)).as("the form itself is fine").isTrue();
        assertThat(plans.errorProperty().get()).isEqualTo(Failure.of("plans.error.save", FailureReason.UNEXPECTED));
        assertThat(failing.plans).isEmpty();

        HistoryStore history = (HistoryStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HistoryStore.class}, (proxy, method, args) -> List.of());
        TodayViewModel today = new TodayViewModel(failing, history, BackgroundExecutor.sameThread(), MONDAY_NOON, () -> "ann",
                FXCollections.observableArrayList());
        today.load();
        assertThat(today.errorProperty().get()).isEqualTo(Failure.of("today.error", FailureReason.UNEXPECTED));

        broken[0] = false;
        assertThat(plans.save(form)).isTrue();
        assertThat(plans.errorProperty().get()).isNull();
        today.load();
        assertThat(today.errorProperty().get()).isNull();
    }
}
