package org.limber.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.limber.clients.Alert;
import org.limber.clients.AlertThresholds;
import org.limber.clients.Clients;
import org.limber.clients.ClientsSource;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.io.StorageException;
import org.limber.results.FollowedPlan;
import org.limber.results.ResultSession;
import org.limber.session.SessionRecorder.Status;
import org.limber.session.SessionRecorder.StepResult;
import org.limber.ui.common.SessionsFocus;

class ClientsViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);

    private static ResultSession session(String id, Integer after) {
        var start = DAY.atTime(8, 0).toInstant(ZoneOffset.UTC);
        return new ResultSession(id, "r", "Mornings", start, start.plusSeconds(60), DAY, 60, 60, Status.COMPLETED, 2,
                after, null, List.of(new ResultSession.Step(0, "e", "Cat", 60, 60, StepResult.DONE, start)));
    }

    private static ClientsSource source(List<ResultSession> sessions, boolean fail) {
        return new ClientsSource() {
            @Override
            public List<Client> clients() throws StorageException {
                if (fail) {
                    throw new StorageException("boom");
                }
                return List.of(new Client("c-1", "Anna", Instant.parse("2026-03-05T09:00:00Z")),
                        new Client("c-2", "Ben", Instant.parse("2026-03-05T09:00:00Z")));
            }

            @Override
            public List<FollowedPlan> plans(String profileId) {
                return List.of();
            }

            @Override
            public List<ResultSession> sessions(String profileId, LocalDate from, LocalDate to) {
                return profileId.equals("c-1") ? sessions : List.of();
            }
        };
    }

    final List<SessionsFocus> opened = new ArrayList<>();

    private ClientsViewModel vm(ClientsSource source, AtomicReference<AlertThresholds> limits) {
        return new ClientsViewModel(new Clients(source, ZoneOffset.UTC), BackgroundExecutor.sameThread(), clock,
                limits::get, opened::add);
    }

    @Test
    void aLoadShowsEveryClientAndTheFirstOnesAlertsAndExercises() {
        ClientsViewModel vm = vm(source(List.of(session("s-1", 8), session("s-2", 3)), false),
                new AtomicReference<>(AlertThresholds.defaults()));
        vm.load();
        assertThat(vm.rows()).extracting(c -> c.name()).containsExactly("Anna", "Ben");
        assertThat(vm.selectedProperty().get().profileId()).isEqualTo("c-1");
        assertThat(vm.alerts()).extracting(Alert::kind).containsExactly(Alert.Kind.PAIN_HIGH);
        assertThat(vm.exercises()).singleElement().satisfies(e -> assertThat(e.done()).isEqualTo(2));

        vm.chosenAlertProperty().set(vm.alerts().get(0));
        assertThat(vm.alertSessions()).extracting(ResultSession::id).containsExactly("s-1");
    }

    @Test
    void anAlertOpensTheClientsHistoryOnItsDaysWithTheSessionsBehindIt() {
        ClientsViewModel vm = vm(source(List.of(session("s-1", 8), session("s-2", 3)), false),
                new AtomicReference<>(AlertThresholds.defaults()));
        vm.load();
        Alert high = vm.alerts().get(0);
        vm.open(high);
        assertThat(opened).singleElement().isEqualTo(new SessionsFocus("c-1", "Anna", high.from(), high.to(),
                Set.of("s-1")));
        vm.selectedProperty().set(vm.rows().get(1));
        vm.open(high);
        assertThat(opened).as("not an alert of the client shown").hasSize(1);
    }

    @Test
    void anotherClientChosenShowsTheirsAndAReloadKeepsTheChoice() {
        AtomicReference<AlertThresholds> limits = new AtomicReference<>(AlertThresholds.defaults());
        ClientsViewModel vm = vm(source(List.of(session("s-1", 8)), false), limits);
        vm.load();
        vm.chosenAlertProperty().set(vm.alerts().get(0));
        vm.selectedProperty().set(vm.rows().get(1));
        assertThat(vm.alerts()).isEmpty();
        assertThat(vm.alertSessions()).isEmpty();
        vm.selectedProperty().set(vm.rows().get(0));
        limits.set(new AlertThresholds(9, 2, 3, 3));
        vm.load();
        assertThat(vm.selectedProperty().get().profileId()).isEqualTo("c-1");
        assertThat(vm.alerts()).as("pain 8 is below a threshold of 9").isEmpty();
    }

    @Test
    void aFailedReadIsAProblemInWords() {
        ClientsViewModel vm = vm(source(List.of(), true), new AtomicReference<>(AlertThresholds.defaults()));
        vm.load();
        assertThat(vm.problemProperty().get()).isNotNull();
        assertThat(vm.problemProperty().get().key()).isEqualTo("clients.error.load");
        assertThat(vm.rows()).isEmpty();
    }
}
