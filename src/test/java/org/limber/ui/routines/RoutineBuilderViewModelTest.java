package org.limber.ui.routines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.DosageWords;
import org.limber.library.Exercise;
import org.limber.library.Sides;
import org.limber.routine.Durations;
import org.limber.routine.Routine;
import org.limber.routine.RoutineStore;
import org.limber.routine.Step;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.Failure;

class RoutineBuilderViewModelTest {

    static Catalogue catalogue;

    /** An in-memory store. */
    static final class MemoryStore implements RoutineStore {
        final List<Routine> routines = new ArrayList<>();
        final Map<String, Integer> plans = new HashMap<>();
        int saves;

        @Override
        public List<Routine> list(String profileId) {
            return List.copyOf(routines);
        }

        @Override
        public void save(String profileId, Routine routine, List<Exercise> custom) {
            saves++;
            routines.removeIf(r -> r.id().equals(routine.id()));
            routines.add(routine);
        }

        @Override
        public boolean seedOnce(String profileId, List<Routine> templates) {
            return false;
        }

        @Override
        public void delete(String routineId) {
            routines.removeIf(r -> r.id().equals(routineId));
        }

        @Override
        public int plansUsing(String routineId) {
            return plans.getOrDefault(routineId, 0);
        }
    }

    final MemoryStore store = new MemoryStore();
    final AtomicInteger ids = new AtomicInteger();
    RoutineBuilderViewModel vm;
    StepEditorViewModel editor;
    Exercise knee;
    Exercise bridge;
    Exercise breathing;

    @BeforeAll
    static void load() throws Exception {
        catalogue = new CatalogueLoader().loadBuiltIn();
    }

    @BeforeEach
    void setUp() {
        BackgroundExecutor executor = BackgroundExecutor.sameThread();
        ExercisesModel exercises = new ExercisesModel(() -> catalogue, executor);
        exercises.load();
        vm = new RoutineBuilderViewModel(store, executor, exercises, () -> "me", () -> "id" + ids.incrementAndGet(),
                List::of);
        editor = new StepEditorViewModel(vm, new DosageWords(new Messages(Locale.ENGLISH)));
        knee = catalogue.find("knee-to-chest").orElseThrow();
        bridge = catalogue.find("bridge").orElseThrow();
        breathing = catalogue.find("deep-breathing").orElseThrow();
        vm.newRoutine("Evening");
    }

    private List<String> ids() {
        return vm.steps().stream().map(Step::exerciseId).toList();
    }

    @Test
    void addingPutsTheStepAfterTheSelectedOne() {
        vm.addStep(knee);
        vm.addStep(bridge);
        vm.selectedStepProperty().set(0);
        vm.addStep(breathing);
        assertThat(ids()).containsExactly("knee-to-chest", "deep-breathing", "bridge");
        assertThat(vm.selectedStepProperty().get()).isEqualTo(1);
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void movingAndRemovingSteps() {
        vm.addStep(knee);
        vm.addStep(bridge);
        vm.addStep(breathing);
        vm.moveStep(2, 0);
        assertThat(ids()).containsExactly("deep-breathing", "knee-to-chest", "bridge");
        vm.moveStep(0, 5);
        assertThat(ids()).containsExactly("deep-breathing", "knee-to-chest", "bridge");
        vm.removeStep(1);
        assertThat(ids()).containsExactly("deep-breathing", "bridge");
        assertThat(vm.selectedStepProperty().get()).isEqualTo(1);
    }

    @Test
    void everyEditCanBeUndoneAndRedone() {
        vm.addStep(knee);
        vm.addStep(bridge);
        vm.moveStep(1, 0);
        vm.rename("Evening stretch");
        vm.undo();
        assertThat(vm.editingProperty().get().name()).isEqualTo("Evening");
        vm.undo();
        assertThat(ids()).containsExactly("knee-to-chest", "bridge");
        vm.undo();
        vm.undo();
        assertThat(ids()).isEmpty();
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.redo();
        vm.redo();
        vm.redo();
        assertThat(ids()).containsExactly("bridge", "knee-to-chest");
        vm.addStep(breathing);
        assertThat(vm.canRedoProperty().get()).as("a new edit drops the redo stack").isFalse();
    }

    @Test
    void typingInOneFieldUndoesAsOneEdit() {
        vm.addStep(knee);
        vm.rename("E");
        vm.rename("Ev");
        vm.rename("Eve");
        vm.undo();
        assertThat(vm.editingProperty().get().name()).isEqualTo("Evening");
    }

    @Test
    void theTotalIsTheTimelinesTotal() {
        vm.addStep(knee);
        long millis = vm.timeline(vm.editingProperty().get()).totalMillis();
        assertThat(millis).isPositive();
        assertThat(vm.totalProperty().get()).isEqualTo(Durations.clock(millis));
        editor.hold().textProperty().set(String.valueOf(knee.dosage().holdSeconds() + 10));
        long longer = vm.timeline(vm.editingProperty().get()).totalMillis();
        int holds = knee.dosage().sets() * knee.dosage().reps() * (knee.dosage().twoSided() ? 2 : 1);
        assertThat(longer - millis).isEqualTo(holds * 10_000L);
    }

    @Test
    void theEditorSaysInWordsWhatTheStepWillDo() {
        assertThat(editor.summaryProperty().get()).as("no step chosen").isEmpty();
        vm.addStep(knee);
        assertThat(editor.summaryProperty().get()).isEqualTo("Hold 20 s, 3 times, each side, rest 10 s between");
        editor.hold().textProperty().set("0");
        assertThat(editor.summaryProperty().get()).as("hold 0: the person ends each repetition (issue 23, item 10)")
                .isEqualTo("3 times at your own pace, press Enter after each, each side, rest 10 s between");
        editor.sidesProperty().set(Sides.NONE);
        editor.reps().textProperty().set("1");
        assertThat(editor.summaryProperty().get()).isEqualTo("Once at your own pace, press Enter when done");
        editor.reps().textProperty().set("x");
        assertThat(editor.summaryProperty().get()).as("a bad value changes nothing, not even the words")
                .isEqualTo("Once at your own pace, press Enter when done");
        vm.addStep(breathing);
        assertThat(editor.summaryProperty().get()).startsWith("Breathe in");
    }

    @Test
    void aBadValueIsExplainedAndNotSaved() {
        vm.addStep(knee);
        Step before = vm.steps().get(0);
        editor.hold().textProperty().set("0x");
        assertThat(editor.hold().problemProperty().get()).isEqualTo("routines.field.notNumber");
        editor.hold().textProperty().set("7200");
        assertThat(editor.hold().problemProperty().get()).isEqualTo("routines.field.range");
        editor.sets().textProperty().set("0");
        assertThat(editor.sets().problemProperty().get()).isEqualTo("routines.field.range");
        assertThat(vm.steps().get(0)).isEqualTo(before);

        editor.reps().textProperty().set("5");
        editor.sidesProperty().set(Sides.ALTERNATING);
        assertThat(vm.steps().get(0).dosage().reps()).isEqualTo(5);
        assertThat(vm.steps().get(0).dosage().sides()).isEqualTo(Sides.ALTERNATING);
        assertThat(vm.steps().get(0).dosage().holdSeconds()).isEqualTo(before.dosage().holdSeconds());
    }

    @Test
    void theEditorFollowsTheSelectionAndShowsBreathingFields() {
        vm.addStep(knee);
        vm.addStep(breathing);
        assertThat(editor.breathingProperty().get()).isTrue();
        assertThat(editor.cycles().textProperty().get()).isEqualTo(String.valueOf(breathing.breathing().cycles()));
        editor.cycles().textProperty().set("3");
        assertThat(vm.steps().get(1).breathing().cycles()).isEqualTo(3);
        vm.selectedStepProperty().set(0);
        assertThat(editor.breathingProperty().get()).isFalse();
        assertThat(editor.hold().textProperty().get()).isEqualTo(String.valueOf(knee.dosage().holdSeconds()));
    }

    @Test
    void savingStoresTheRoutineAndClearsDirty() {
        vm.addStep(knee);
        vm.save(() -> { });
        assertThat(store.routines).singleElement().satisfies(r -> assertThat(r.name()).isEqualTo("Evening"));
        assertThat(vm.routines()).hasSize(1);
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.addStep(bridge);
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.undo();
        assertThat(vm.dirtyProperty().get()).as("back to what was saved").isFalse();
    }

    @Test
    void aRoutineWithoutANameIsNotSaved() {
        vm.addStep(knee);
        vm.rename("  ");
        vm.save(() -> { });
        assertThat(store.saves).isZero();
        assertThat(vm.errorProperty().get()).isEqualTo(Failure.of("routines.error.nameMissing"));
    }

    @Test
    void duplicateAndDelete() {
        vm.addStep(knee);
        vm.save(() -> { });
        Routine original = vm.routines().get(0);
        vm.duplicate(original, "Evening (copy)");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save(() -> { });
        assertThat(store.routines).extracting(Routine::name).containsExactlyInAnyOrder("Evening", "Evening (copy)");
        vm.delete(original);
        assertThat(vm.routines()).extracting(Routine::name).containsExactly("Evening (copy)");
    }
}
