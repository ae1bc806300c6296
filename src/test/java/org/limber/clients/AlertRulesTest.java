package org.limber.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.limber.clients.ClientSessions.MONDAY;
import static org.limber.clients.ClientSessions.everyDay;
import static org.limber.clients.ClientSessions.plan;
import static org.limber.clients.ClientSessions.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.limber.results.ResultSession;
import org.limber.session.SessionRecorder.StepResult;

class AlertRulesTest {

    private final AlertRules rules = new AlertRules(AlertThresholds.defaults());

    private List<Alert> alerts(List<ResultSession> sessions) {
        return rules.alerts(sessions, List.of(), MONDAY.plusYears(1));
    }

    private static List<Alert> of(List<Alert> alerts, Alert.Kind kind) {
        return alerts.stream().filter(a -> a.kind() == kind).toList();
    }

    @ParameterizedTest
    @CsvSource({"6, false", "7, true", "8, true"})
    void painAfterAtSevenOrMoreIsAnAlert(int pain, boolean alert) {
        List<Alert> found = of(alerts(List.of(session("s", MONDAY, 2, pain))), Alert.Kind.PAIN_HIGH);
        assertThat(found).hasSize(alert ? 1 : 0);
        found.forEach(a -> {
            assertThat(a.key()).isEqualTo("alerts.painHigh.after");
            assertThat(a.args()).containsExactly(MONDAY, pain);
            assertThat(a.sessionIds()).containsExactly("s");
        });
    }

    @ParameterizedTest
    @CsvSource({"6, false", "7, true", "8, true"})
    void painBeforeAtSevenOrMoreIsAnAlert(int pain, boolean alert) {
        List<Alert> found = of(alerts(List.of(session("s", MONDAY, pain, null))), Alert.Kind.PAIN_HIGH);
        assertThat(found).extracting(Alert::key).containsExactlyElementsOf(alert ? List.of("alerts.painHigh.before")
                : List.of());
    }

    @Test
    void theThresholdComesFromTheSettings() {
        AlertRules lower = new AlertRules(new AlertThresholds(5, 2, 3, 3));
        assertThat(lower.alerts(List.of(session("s", MONDAY, 4, 5)), List.of(), MONDAY)).extracting(Alert::kind)
                .containsExactly(Alert.Kind.PAIN_HIGH);
    }

    /** First week: pain after 2 and 2 (mean 2); the week after: {@code later}. */
    @ParameterizedTest
    @CsvSource({"3, false", "4, true", "5, true"})
    void painAfterTwoAboveTheFirstWeeksMeanIsAnAlert(int later, boolean alert) {
        List<ResultSession> sessions = List.of(session("a", MONDAY, 1, 2), session("b", MONDAY.plusDays(6), 1, 2),
                session("c", MONDAY.plusDays(7), 1, later));
        List<Alert> found = of(alerts(sessions), Alert.Kind.PAIN_RISE);
        assertThat(found).hasSize(alert ? 1 : 0);
        found.forEach(a -> {
            assertThat(a.sessionIds()).containsExactly("c");
            assertThat(a.args()).containsExactly(2.0, 2, 1, MONDAY.plusDays(7));
        });
    }

    @Test
    void aRiseWithinTheFirstWeekIsNotComparedWithItself() {
        List<ResultSession> sessions = List.of(session("a", MONDAY, 1, 1), session("b", MONDAY.plusDays(6), 1, 6));
        assertThat(of(alerts(sessions), Alert.Kind.PAIN_RISE)).isEmpty();
    }

    @Test
    void itHurtsPressedIsAnAlertNamingTheExercise() {
        List<Alert> found = alerts(List.of(session("s", MONDAY, null, null, StepResult.DONE, StepResult.HURT),
                session("t", MONDAY.plusDays(1), null, null, StepResult.DONE, StepResult.SKIPPED)));
        assertThat(of(found, Alert.Kind.HURT)).singleElement().satisfies(a -> {
            assertThat(a.args()).containsExactly(MONDAY, "Exercise ex-1");
            assertThat(a.sessionIds()).containsExactly("s");
        });
    }

    /** A plan for every day from Monday, sessions on Monday and on the day after the gap, checked through that day. */
    @ParameterizedTest
    @CsvSource({"2, false", "3, true", "4, true"})
    void threePlannedDaysInARowWithoutASessionIsAnAlert(int gap, boolean alert) {
        LocalDate after = MONDAY.plusDays(gap + 1);
        List<Alert> found = rules.alerts(List.of(session("a", MONDAY, null, null), session("b", after, null, null)),
                List.of(everyDay(MONDAY)), after);
        assertThat(of(found, Alert.Kind.MISSED)).hasSize(alert ? 1 : 0);
        of(found, Alert.Kind.MISSED).forEach(a -> {
            assertThat(a.args()).containsExactly(gap, MONDAY.plusDays(1), MONDAY.plusDays(gap));
            assertThat(a.sessionIds()).isEmpty();
        });
    }

    @Test
    void daysThePlanDoesNotAskForNeitherCountNorBreakARun() {
        // Monday, Wednesday, Friday: a session on Tuesday does not break the run Mon, Wed, Fri
        List<Alert> found = rules.alerts(List.of(session("t", MONDAY.plusDays(1), null, null)),
                List.of(plan(MONDAY, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))),
                MONDAY.plusDays(6));
        assertThat(of(found, Alert.Kind.MISSED)).singleElement()
                .satisfies(a -> assertThat(a.args()).containsExactly(3, MONDAY, MONDAY.plusDays(4)));
    }

    @Test
    void daysAfterTheResultsAreKnownAreNotMissed() {
        assertThat(rules.alerts(List.of(), List.of(everyDay(MONDAY)), MONDAY.plusDays(1))).isEmpty();
        assertThat(rules.alerts(List.of(), List.of(everyDay(MONDAY)), MONDAY.minusDays(1))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2, false", "3, true", "4, true"})
    void theSameExerciseSkippedOrHurtingThreeTimesIsAnAlert(int times, boolean alert) {
        List<ResultSession> sessions = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            StepResult r = i % 2 == 0 ? StepResult.SKIPPED : StepResult.DONE;
            StepResult second = i % 2 == 0 ? StepResult.DONE : StepResult.HURT;
            // ex-0 skipped on even days, ex-1 hurting on odd days: each counted on its own
            sessions.add(session("s" + i, MONDAY.plusDays(i), null, null, r, second, StepResult.SKIPPED));
        }
        List<Alert> found = of(alerts(sessions), Alert.Kind.REPEATED);
        assertThat(found).hasSize(alert ? 1 : 0);
        found.forEach(a -> {
            assertThat(a.args()).containsExactly("Exercise ex-2", times, MONDAY.plusDays(times - 1));
            assertThat(a.sessionIds()).hasSize(times);
        });
    }

    @Test
    void alertsAreSortedByUrgencyThenNewestFirst() {
        List<ResultSession> sessions = List.of(session("a", MONDAY, null, 8, StepResult.HURT),
                session("b", MONDAY.plusDays(1), 9, null));
        List<Alert> found = rules.alerts(sessions, List.of(everyDay(MONDAY)), MONDAY.plusDays(5));
        assertThat(found).extracting(Alert::kind).containsExactly(Alert.Kind.PAIN_HIGH, Alert.Kind.PAIN_HIGH,
                Alert.Kind.HURT, Alert.Kind.MISSED);
        assertThat(found.get(0).sessionIds()).containsExactly("b");
    }

    @Test
    void thresholdsOutsideTheirRangeAreBroughtIntoIt() {
        assertThat(new AlertThresholds(0, 99, -1, 1000)).isEqualTo(new AlertThresholds(1, 10, 1, 100));
        assertThat(AlertThresholds.defaults()).isEqualTo(new AlertThresholds(7, 2, 3, 3));
    }
}
