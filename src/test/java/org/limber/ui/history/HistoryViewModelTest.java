package org.limber.ui.history;

import org.limber.history.NoFigures;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.concurrent.DeferredExecutor;
import org.limber.history.HistoryStore;
import org.limber.history.SessionSummary;
import org.limber.plan.Plan;
import org.limber.plan.NoPlans;
import org.limber.plan.PlanStore;
import org.limber.ui.common.SessionsFocus;

class HistoryViewModelTest {

    final List<String> queries = new ArrayList<>();

    final HistoryStore store = new HistoryStore() {
        @Override
        public List<SessionSummary> sessions(String profileId, LocalDate from, LocalDate to, int limit, int offset) {
            queries.add(profileId + " " + from + ".." + to);
            return List.of(
                    new SessionSummary("2", "Yoga", 2, LocalDate.of(2026, 11, 21), 900, 900, "completed", 3, 2, 0),
                    new SessionSummary("1", "Relief", 1, LocalDate.of(2026, 11, 20), 600, 600, "completed", 5, 4, 0));
        }

        @Override
        public Map<LocalDate, Integer> secondsPerDay(String profileId, LocalDate from, LocalDate to) {
            return Map.of(LocalDate.of(2026, 11, 20), 600, LocalDate.of(2026, 11, 21), 900);
        }

        @Override
        public List<LocalDate> activeDays(String profileId) {
            return List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21));
        }

        @Override
        public List<StepSummary> steps(String profileId, LocalDate from, LocalDate to) {
            return List.of();
        }

        @Override
        public List<Profile> profiles() {
            return List.of(new Profile("client", "Ann"), new Profile("me", "Me"));
        }

        @Override
        public List<StepSummary> steps(String sessionId) {
            return List.of();
        }
    };

    /** No plans: adherence stays empty. */
    static final PlanStore NO_PLANS = new NoPlans();

    final HistoryViewModel vm = new HistoryViewModel(store, new NoFigures(), NO_PLANS, BackgroundExecutor.sameThread(),
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), () -> "me");

    @Test
    void itIsBusyWhileTheLoadIsOutAndNotAfterwards() {
        DeferredExecutor deferred = new DeferredExecutor();
        HistoryViewModel slow = new HistoryViewModel(store, new NoFigures(), NO_PLANS, deferred,
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), () -> "me");
        slow.load();
        assertThat(slow.loadingProperty().get()).as("in flight").isTrue();
        assertThat(slow.snapshotProperty().get()).isNull();
        assertThat(queries).as("nothing ran yet").isEmpty();
        deferred.runAll();
        assertThat(slow.loadingProperty().get()).isFalse();
        assertThat(slow.snapshotProperty().get()).isNotNull();
        assertThat(slow.errorProperty().get()).isNull();
    }

    @Test
    void theLastTwelveMonthsOfTheActiveProfileAtFirst() {
        vm.load();
        assertThat(queries).containsExactly("me 2025-11-23..2026-11-22");
        assertThat(vm.profileProperty().get().name()).isEqualTo("Me");
        assertThat(vm.snapshotProperty().get().streaks().current()).isEqualTo(2);
        assertThat(vm.routineNames()).containsExactly("Relief", "Yoga");
    }

    @Test
    void aFocusShowsThatPersonsDaysAndOnlyTheSessionsNamedUntilSomethingElseIsChosen() {
        vm.load();
        vm.focus(new SessionsFocus("client", "Ann", LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 21), Set.of("1")));
        assertThat(queries).last().isEqualTo("client 2026-11-19..2026-11-21");
        assertThat(vm.profileProperty().get().name()).isEqualTo("Ann");
        assertThat(vm.sessions()).extracting(SessionSummary::id).containsExactly("1");
        assertThat(vm.focusProperty().get().sessionIds()).containsExactly("1");
        vm.load(); // the page shown again, or the data reloaded: still the same sessions
        assertThat(vm.sessions()).extracting(SessionSummary::id).containsExactly("1");

        vm.showAll();
        assertThat(vm.sessions()).hasSize(2);
        assertThat(vm.focusProperty().get()).isNull();
        assertThat(queries).last().as("the same days").isEqualTo("client 2026-11-19..2026-11-21");

        vm.focus(new SessionsFocus("client", "Ann", LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 21), Set.of("2")));
        vm.routineProperty().set("Relief");
        assertThat(vm.focusProperty().get()).as("a routine chosen ends the focus").isNull();
        assertThat(vm.sessions()).extracting(SessionSummary::id).containsExactly("1");
        vm.routineProperty().set(null);
        vm.focus(new SessionsFocus("client", "Ann", LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 21), Set.of()));
        assertThat(vm.sessions()).as("no sessions named: all of those days").hasSize(2);
        vm.toProperty().set(LocalDate.of(2026, 11, 22));
        assertThat(vm.focusProperty().get()).as("other days end the focus").isNull();
    }

    @Test
    void filtersReloadOrNarrow() {
        vm.load();
        vm.fromProperty().set(LocalDate.of(2026, 11, 1));
        assertThat(queries).last().isEqualTo("me 2026-11-01..2026-11-22");
        vm.profileProperty().set(new HistoryStore.Profile("client", "Ann"));
        assertThat(queries).last().isEqualTo("client 2026-11-01..2026-11-22");
        int before = queries.size();
        vm.routineProperty().set("Yoga");
        assertThat(queries).hasSize(before);
        assertThat(vm.sessions()).extracting(SessionSummary::routineName).containsExactly("Yoga");
        vm.routineProperty().set(null);
        assertThat(vm.sessions()).hasSize(2);
    }

    @Test
    void theHeadingIsTheLastTwelveMonthsOnlyForThatRange() {
        vm.load();
        assertThat(vm.showsLastTwelveMonths(vm.snapshotProperty().get())).isTrue();
        vm.fromProperty().set(LocalDate.of(2016, 11, 22));
        assertThat(queries).last().isEqualTo("me 2016-11-22..2026-11-22");
        assertThat(vm.showsLastTwelveMonths(vm.snapshotProperty().get())).isFalse();
    }

    @Test
    void theBuiltInProfileIsNamedInTheLanguageShownWhateverItsRowStores() {
        HistoryViewModel german = new HistoryViewModel(store, new NoFigures(), NO_PLANS, BackgroundExecutor.sameThread(),
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC), () -> "me", "Ich");
        german.load();
        assertThat(german.profileProperty().get().name()).isEqualTo("Ich");
        assertThat(german.profiles()).extracting(HistoryStore.Profile::name).containsExactly("Ann", "Ich");
    }
}
