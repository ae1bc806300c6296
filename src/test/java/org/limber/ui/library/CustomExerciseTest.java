package org.limber.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.library.BodyArea;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.CustomExerciseStore;
import org.limber.library.Exercise;
import org.limber.ui.common.ExercisesModel;

class CustomExerciseTest {

    static Catalogue builtIn;

    /** Custom exercises in memory. */
    static final class MemoryStore implements CustomExerciseStore {
        final List<Exercise> saved = new ArrayList<>();
        final Map<String, List<String>> usedBy = new HashMap<>();

        @Override
        public List<Exercise> listExercises() {
            return List.copyOf(saved);
        }

        @Override
        public void saveExercise(Exercise exercise) {
            saved.removeIf(e -> e.id().equals(exercise.id()));
            saved.add(exercise);
        }

        @Override
        public void deleteExercise(String id) {
            saved.removeIf(e -> e.id().equals(id));
        }

        @Override
        public List<String> routinesUsing(String exerciseId) {
            return usedBy.getOrDefault(exerciseId, List.of());
        }
    }

    final MemoryStore store = new MemoryStore();
    LibraryViewModel library;
    ExercisesModel model;

    @BeforeAll
    static void load() throws Exception {
        builtIn = new CatalogueLoader().loadBuiltIn();
    }

    @BeforeEach
    void setUp() {
        BackgroundExecutor executor = BackgroundExecutor.sameThread();
        model = new ExercisesModel(() -> builtIn.withCustom(store.listExercises()), executor);
        model.load();
        library = new LibraryViewModel(model, e -> { }, store, executor, () -> "abc123");
    }

    private ExerciseEditorViewModel filledIn() {
        ExerciseEditorViewModel editor = library.newExercise();
        editor.nameProperty().set("Seated hip stretch");
        editor.bodyAreas().add(BodyArea.HIPS);
        editor.instructionsProperty().set("Sit tall on a chair.\nCross one ankle over the other knee.");
        editor.feelProperty().set("A gentle pull in the buttock.");
        editor.stopIfProperty().set("Stop if it pinches.");
        return editor;
    }

    @Test
    void invalidInputIsMarkedAndNotSaved() {
        ExerciseEditorViewModel editor = filledIn();
        assertThat(editor.problemsProperty().get()).isEmpty();
        editor.nameProperty().set("  ");
        editor.holdProperty().set("0");
        editor.feelProperty().set("x".repeat(10_000));
        assertThat(editor.problemsProperty().get()).containsKeys("name", "hold", "feel");
        assertThat(editor.invalid().get()).isTrue();
        editor.save(e -> { });
        assertThat(store.saved).isEmpty();
        editor.holdProperty().set("3601");
        assertThat(editor.problemsProperty().get()).containsEntry("hold", "exercise.problem.hold");
    }

    @Test
    void createEditAndDelete() {
        ExerciseEditorViewModel editor = filledIn();
        editor.animationFromProperty().set(builtIn.find("figure-four-stretch").orElseThrow());
        List<Exercise> saved = new ArrayList<>();
        editor.save(saved::add);
        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("custom-seated-hip-stretch-abc123");
            assertThat(e.instructions()).hasSize(2);
            assertThat(e.animation()).isEqualTo(builtIn.find("figure-four-stretch").orElseThrow().animation());
        });
        assertThat(model.isCustom("custom-seated-hip-stretch-abc123")).isTrue();

        library.select("custom-seated-hip-stretch-abc123");
        assertThat(library.selectedIsCustom().get()).isTrue();
        ExerciseEditorViewModel edit = library.editSelected();
        edit.nameProperty().set("Seated figure-four");
        edit.save(e -> { });
        assertThat(store.saved).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Seated figure-four");
            assertThat(e.id()).isEqualTo("custom-seated-hip-stretch-abc123");
        });

        store.usedBy.put("custom-seated-hip-stretch-abc123", List.of("Evening", "Morning"));
        library.deleteSelected();
        assertThat(store.saved).as("an exercise routines use is kept").hasSize(1);
        assertThat(library.errorProperty().get().text(new Messages(Locale.ENGLISH)))
                .contains("was not deleted").contains("the routines Evening, Morning use it");
        store.usedBy.clear();

        library.deleteSelected();
        assertThat(store.saved).isEmpty();
        assertThat(model.find("custom-seated-hip-stretch-abc123")).isEmpty();
    }

    @Test
    void builtInExercisesAreReadOnlyButCanBeDuplicated() {
        library.select("bridge");
        assertThat(library.selectedIsCustom().get()).isFalse();
        library.deleteSelected();
        assertThat(model.find("bridge")).isPresent();
        ExerciseEditorViewModel copy = library.duplicateSelected("Bridge (copy)");
        assertThat(copy.problemsProperty().get()).isEmpty();
        copy.save(e -> { });
        assertThat(store.saved).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Bridge (copy)");
            assertThat(e.instructions()).isEqualTo(builtIn.find("bridge").orElseThrow().instructions());
        });
    }
}
