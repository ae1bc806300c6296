package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.limber.history.SessionOutcome;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.plan.Plan;
import org.limber.profile.Profile;
import org.limber.routine.Physiotherapist;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.SessionRecorder;

@BothBackends
class SqlStoresTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    Database db;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    Exercise bridge;

    @BeforeEach
    void open() throws Exception {
        db = backend.open(dir, clock);
        bridge = new CatalogueLoader().loadBuiltIn().find("bridge").orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Exercise custom(String id, String name) {
        return new Exercise(id, name, List.of(), bridge.kind(), bridge.bodyAreas(), bridge.position(),
                bridge.equipment(), bridge.dosage(), null, bridge.instructions(), bridge.feel(), bridge.stopIf(),
                bridge.cautions(), bridge.animation());
    }

    @Test
    void customExercisesAreCreatedEditedAndDeleted() throws Exception {
        SqlCustomExerciseStore store = new SqlCustomExerciseStore(db, clock);
        store.saveExercise(custom("my-bridge", "My bridge"));
        assertThat(store.listExercises()).containsExactly(custom("my-bridge", "My bridge"));
        store.saveExercise(custom("my-bridge", "My gentle bridge"));
        assertThat(store.listExercises()).extracting(Exercise::name).containsExactly("My gentle bridge");
        store.deleteExercise("my-bridge");
        assertThat(store.listExercises()).isEmpty();
    }

    @Test
    void routinesAreSavedPerProfileUpdatedAndDeleted() throws Exception {
        SqlRoutineStore store = new SqlRoutineStore(db, clock);
        Routine routine = new Routine("r1", "Morning", "Before breakfast", List.of(Step.of(bridge).withNote("Slowly")));
        store.save("me", routine, List.of(custom("my-bridge", "Mine")));
        assertThat(store.list("me")).containsExactly(routine);
        assertThat(new SqlCustomExerciseStore(db, clock).listExercises()).extracting(Exercise::id).containsExactly("my-bridge");

        Routine renamed = routine.withName("Morning, gentle").withSteps(List.of());
        store.save("me", renamed, List.of());
        assertThat(store.list("me")).containsExactly(renamed);
        assertThat(store.list("someone-else")).isEmpty();

        store.delete("r1");
        assertThat(store.list("me")).isEmpty();
    }

    @Test
    void aRoutineKeepsWhoHandedItOutAndTheNameForSharingIsRemembered() throws Exception {
        SqlRoutineStore store = new SqlRoutineStore(db, clock);
        Physiotherapist kim = new Physiotherapist("Kim Berger", "Praxis am Park");
        Routine routine = new Routine("r1", "Morning", "", List.of(Step.of(bridge)), kim);
        store.save("me", routine, List.of());
        assertThat(store.list("me")).containsExactly(routine);
        store.save("me", routine.withName("Mornings"), List.of());
        assertThat(store.list("me").get(0).from()).as("an edit keeps it").isEqualTo(kim);

        assertThat(store.sharedAs()).isEmpty();
        store.shareAs(kim);
        assertThat(store.sharedAs()).contains(kim);
        store.shareAs(new Physiotherapist("Kim", ""));
        assertThat(store.sharedAs()).contains(new Physiotherapist("Kim", ""));
        store.shareAs(null);
        assertThat(store.sharedAs()).isEmpty();
    }

    @Test
    void theRoutinesThatUseACustomExerciseAreNamedWhateverTheirProfile() throws Exception {
        SqlRoutineStore routines = new SqlRoutineStore(db, clock);
        SqlCustomExerciseStore exercises = new SqlCustomExerciseStore(db, clock);
        new SqlProfileStore(db, clock).saveProfile(new Profile("anna", "Anna", ""));
        routines.save("me", new Routine("r1", "Morning", "", List.of(Step.of(bridge), Step.of(custom("mine", "Mine")))),
                List.of(custom("mine", "Mine")));
        routines.save("anna", new Routine("r2", "Anna's evening", "", List.of(Step.of(custom("mine", "Mine")))),
                List.of());
        routines.save("me", new Routine("r3", "Other", "", List.of(Step.of(bridge))), List.of());
        assertThat(exercises.routinesUsing("mine")).containsExactly("Anna's evening", "Morning");
        assertThat(exercises.routinesUsing("nobody-uses-this")).isEmpty();
    }

    @Test
    void plansFollowTheirRoutineAndCountCompletedSessions() throws Exception {
        SqlRoutineStore routines = new SqlRoutineStore(db, clock);
        routines.save("me", new Routine("r1", "Morning", "", List.of(Step.of(bridge))), List.of());
        SqlPlanStore plans = new SqlPlanStore(db, clock);
        LocalDate monday = LocalDate.of(2026, 11, 23);
        Plan plan = new Plan("p1", "me", "r1", null,
                List.of(LocalTime.of(18, 0), LocalTime.of(9, 30)),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), monday, monday.plusDays(20));
        plans.savePlan(plan);
        assertThat(routines.plansUsing("r1")).as("the question before deleting r1").isEqualTo(1);
        assertThat(routines.plansUsing("r2")).isZero();
        List<Plan> stored = plans.plans("me");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).routineName()).isEqualTo("Morning");
        assertThat(stored.get(0).times()).isEqualTo(plan.times());
        assertThat(stored.get(0).days()).isEqualTo(plan.days());
        assertThat(stored.get(0).end()).isEqualTo(plan.end());
        assertThat(plans.plans("someone-else")).isEmpty();

        Plan openEnded = new Plan("p1", "me", "r1", "Morning",
                List.of(LocalTime.of(7, 0)), Set.of(DayOfWeek.FRIDAY), monday, null);
        plans.savePlan(openEnded);
        assertThat(plans.plans("me")).containsExactly(openEnded);

        SqlSessionRecorder recorder = new SqlSessionRecorder(db);
        recorder.begin(new SessionRecorder.SessionStart("s1", "me", "r1", "Morning",
                clock.millis(), monday.toString(), 60, 3));
        recorder.finish("s1", SessionRecorder.Status.COMPLETED, clock.millis(), 60, 2, null);
        recorder.begin(new SessionRecorder.SessionStart("s2", "me", "r1", "Morning",
                clock.millis(), monday.toString(), 60, 3));
        recorder.finish("s2", SessionRecorder.Status.STOPPED, clock.millis(), 10, 2, null);
        assertThat(plans.completed("me", monday, monday)).isEqualTo(Map.of(monday, Map.of("r1", 1)));
        // the slot rule in SQL agrees with SessionOutcome.keepsSlot at its threshold, however the session ended
        LocalDate tuesday = monday.plusDays(1);
        int[][] cases = {{600, 300}, {600, 299}, {601, 300}, {601, 301}, {600, 18}};
        for (int i = 0; i < cases.length; i++) {
            recorder.begin(new SessionRecorder.SessionStart("k" + i, "me", "r1", "Morning",
                    clock.millis(), tuesday.plusDays(i).toString(), cases[i][0], null));
            recorder.finish("k" + i, i % 2 == 0 ? SessionRecorder.Status.COMPLETED
                    : SessionRecorder.Status.STOPPED, clock.millis(), cases[i][1], null, null);
            assertThat(plans.completed("me", tuesday.plusDays(i), tuesday.plusDays(i)).isEmpty())
                    .as("%d of %d s", cases[i][1], cases[i][0])
                    .isEqualTo(!SessionOutcome.keepsSlot(cases[i][0], cases[i][1]));
        }

        routines.delete("r1");
        assertThat(plans.plans("me")).isEmpty();
    }
}
