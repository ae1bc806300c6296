package org.limber.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.limber.clients.ClientSessions.MONDAY;
import static org.limber.clients.ClientSessions.everyDay;
import static org.limber.clients.ClientSessions.session;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.limber.results.FollowedPlan;
import org.limber.results.ResultSession;

class ClientsTest {

    /** One client, imported on {@code imported}, with these sessions and plans. */
    static ClientsSource source(LocalDate imported, List<ResultSession> sessions, List<FollowedPlan> plans) {
        return new ClientsSource() {
            @Override
            public List<Client> clients() {
                return List.of(new Client("c-1", "Anna", imported.atTime(9, 0).toInstant(ZoneOffset.UTC)));
            }

            @Override
            public List<FollowedPlan> plans(String profileId) {
                return plans;
            }

            @Override
            public List<ResultSession> sessions(String profileId, LocalDate from, LocalDate to) {
                return sessions.stream().filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)).toList();
            }
        };
    }

    @Test
    void theOverviewHoldsTheWeekTheTrendAndTheAlerts() throws Exception {
        LocalDate wednesday = MONDAY.plusDays(2);
        List<ResultSession> sessions = List.of(session("old", MONDAY.minusDays(3), 1, 2), session("a", MONDAY, 1, 8),
                session("b", wednesday, null, null));
        Clients clients = new Clients(source(wednesday, sessions, List.of(everyDay(MONDAY))), ZoneOffset.UTC);
        ClientOverview o = clients.overviews(wednesday, AlertThresholds.defaults()).get(0);
        assertThat(o.lastSession()).isEqualTo(wednesday);
        assertThat(o.weekDone()).isEqualTo(2);
        assertThat(o.weekPlanned()).isEqualTo(7);
        assertThat(o.painTrend()).containsExactly(2, 8);
        assertThat(o.alerts()).extracting(Alert::kind).containsExactly(Alert.Kind.PAIN_HIGH);
        assertThat(o.sessionsOf(o.alerts().get(0))).extracting(ResultSession::id).containsExactly("a");
    }

    @Test
    void plannedDaysAfterTheLastImportAreNotMissed() throws Exception {
        Clients clients = new Clients(source(MONDAY, List.of(session("a", MONDAY.minusDays(1), 1, 1)),
                List.of(everyDay(MONDAY))), ZoneOffset.UTC);
        assertThat(clients.overviews(MONDAY.plusDays(10), AlertThresholds.defaults()).get(0).alerts()).isEmpty();
    }
}
