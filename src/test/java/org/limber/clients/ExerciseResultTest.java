package org.limber.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.limber.clients.ClientSessions.MONDAY;
import static org.limber.clients.ClientSessions.session;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limber.session.SessionRecorder.StepResult;

class ExerciseResultTest {

    @Test
    void countsEachResultAndTheMeanPainChangeOnTheDaysWithTheExercise() {
        List<ExerciseResult> results = ExerciseResult.of(List.of(
                session("a", MONDAY, 2, 5, StepResult.DONE, StepResult.SKIPPED),
                session("b", MONDAY.plusDays(1), 4, 3, StepResult.HURT),
                session("c", MONDAY.plusDays(2), null, 3, StepResult.DONE, StepResult.DONE)));
        assertThat(results).containsExactly(
                new ExerciseResult("ex-0", "Exercise ex-0", 2, 0, 1, 1.0),
                new ExerciseResult("ex-1", "Exercise ex-1", 1, 1, 0, 3.0));
    }

    @Test
    void anExerciseDoneTwiceInOneSessionCountsThatSessionsPainOnce() {
        var step = ClientSessions.step(0, "ex-9", StepResult.DONE, MONDAY);
        var again = ClientSessions.step(1, "ex-9", StepResult.DONE, MONDAY);
        List<ExerciseResult> results = ExerciseResult.of(List.of(ClientSessions.with("a", MONDAY, 1, 4, List.of(step, again)),
                ClientSessions.with("b", MONDAY.plusDays(1), 2, 2, List.of(step))));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.done()).isEqualTo(3);
            assertThat(r.painChange()).isEqualTo(1.5);
        });
    }

    @Test
    void withoutBothPainsThereIsNoChange() {
        assertThat(ExerciseResult.of(List.of(session("a", MONDAY, null, 4, StepResult.DONE))))
                .singleElement().satisfies(r -> assertThat(r.painChange()).isNull());
    }
}
