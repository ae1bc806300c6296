package org.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.limber.library.CatalogueLoader;
import org.limber.library.CustomExerciseStore;
import org.limber.library.Exercise;

class RoutineImporterTest {

    @Test
    void anIncomingCustomExerciseNeverOverwritesADifferentLocalOne() throws Exception {
        Exercise bridge = new CatalogueLoader().loadBuiltIn().find("bridge").orElseThrow();
        Exercise mine = new Exercise("my-move", "My own move", List.of(), bridge.kind(), bridge.bodyAreas(),
                bridge.position(), bridge.equipment(), bridge.dosage(), null, bridge.instructions(), bridge.feel(),
                bridge.stopIf(), bridge.cautions(), bridge.animation());
        Exercise theirs = new Exercise("my-move", "Their move", List.of(), bridge.kind(), bridge.bodyAreas(),
                bridge.position(), bridge.equipment(), bridge.dosage(), null, bridge.instructions(), bridge.feel(),
                bridge.stopIf(), bridge.cautions(), bridge.animation());
        List<Exercise> saved = new ArrayList<>();
        List<Routine> routines = new ArrayList<>();
        RoutineStore store = new RoutineStore() {
            @Override
            public List<Routine> list(String profileId) {
                return routines;
            }

            @Override
            public void save(String profileId, Routine routine, List<Exercise> custom) {
                routines.add(routine);
                saved.addAll(custom);
            }

            @Override
            public void delete(String routineId) {
            }

            @Override
            public int plansUsing(String routineId) {
                return 0;
            }

            @Override
            public boolean seedOnce(String profileId, List<Routine> templates) {
                return false;
            }
        };
        CustomExerciseStore local = new CustomExerciseStore() {
            @Override
            public List<Exercise> listExercises() {
                return List.of(mine);
            }

            @Override
            public void saveExercise(Exercise exercise) {
            }

            @Override
            public void deleteExercise(String id) {
            }

            @Override
            public List<String> routinesUsing(String exerciseId) {
                return List.of();
            }
        };
        RoutineImporter importer = new RoutineImporter(new RoutineFiles(), store, id -> id.equals("bridge"),
                () -> "ABC123-uuid", local);
        Routine routine = new Routine(null, "From Ann", "", List.of(Step.of(theirs), Step.of(bridge)));
        ImportedRoutine imported = importer.check(new RoutineFiles().write(routine, List.of(theirs)));
        Routine stored = importer.commit("me", imported, "From Ann", null);

        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.id()).isNotEqualTo("my-move").startsWith("my-move-");
            assertThat(e.name()).isEqualTo("Their move");
        });
        assertThat(stored.steps().get(0).exerciseId()).isEqualTo(saved.get(0).id());
        assertThat(stored.steps().get(1).exerciseId()).isEqualTo("bridge");
    }
}
