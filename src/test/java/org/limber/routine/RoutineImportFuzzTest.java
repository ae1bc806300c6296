package org.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.limber.library.Exercise;

/**
 * Any bytes given to the importer either import or fail with its own checked exception, and
 * a failed import writes nothing. {@code mvn verify} replays the corpus under
 * src/test/resources/org/limber/routine/RoutineImportFuzzTestInputs/; run with
 * JAZZER_FUZZ=1 to search for new inputs.
 */
class RoutineImportFuzzTest {

    private static final RoutineFiles FILES = new RoutineFiles();
    private static final Set<String> BUILT_IN = Set.of("knee-to-chest", "bridge", "deep-breathing", "balasana");

    /** A store that only counts what would have been written. */
    static final class CountingStore implements RoutineStore {
        final List<Routine> saved = new ArrayList<>();

        @Override
        public List<Routine> list(String profileId) {
            return List.copyOf(saved);
        }

        @Override
        public void save(String profileId, Routine routine, List<Exercise> customExercises) {
            saved.add(routine);
        }

        @Override
        public boolean seedOnce(String profileId, List<Routine> templates) {
            return false;
        }

        @Override
        public void delete(String routineId) {
            saved.removeIf(r -> r.id().equals(routineId));
        }

        @Override
        public int plansUsing(String routineId) {
            return 0;
        }
    }

    @FuzzTest(maxDuration = "30s")
    void importNeverThrowsAnythingElse(byte[] input) throws Exception {
        CountingStore store = new CountingStore();
        RoutineImporter importer = new RoutineImporter(FILES, store, BUILT_IN::contains, () -> "id");
        ImportedRoutine imported;
        try {
            imported = importer.check(input);
        } catch (RoutineFileException expected) {
            assertThat(expected.problems()).isNotEmpty();
            assertThat(store.saved).isEmpty();
            return;
        }
        assertThat(imported.routine().steps()).isNotEmpty();
        importer.commit("me", imported, imported.routine().name(), null);
        assertThat(store.saved).hasSize(1);
    }
}
