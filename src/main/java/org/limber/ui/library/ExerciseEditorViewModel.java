package org.limber.ui.library;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.library.BodyArea;
import org.limber.library.CustomExerciseStore;
import org.limber.library.Dosage;
import org.limber.library.Equipment;
import org.limber.library.Exercise;
import org.limber.library.ExerciseDraft;
import org.limber.library.Kind;
import org.limber.library.Position;
import org.limber.library.Sides;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.Failure;

/** Creating or editing a custom exercise: every field, its problems in place, and saving. */
public final class ExerciseEditorViewModel {

    private final CustomExerciseStore store;
    private final BackgroundExecutor executor;
    private final ExercisesModel exercises;
    private final Supplier<String> idSuffix;
    private final String id;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty otherNames = new SimpleStringProperty("");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.STRETCH);
    private final ObjectProperty<Position> position = new SimpleObjectProperty<>(Position.LYING_BACK);
    private final ObservableList<Equipment> equipment = FXCollections.observableArrayList();
    private final ObservableList<BodyArea> bodyAreas = FXCollections.observableArrayList();
    private final StringProperty sets = new SimpleStringProperty("1");
    private final StringProperty reps = new SimpleStringProperty("3");
    private final StringProperty hold = new SimpleStringProperty("20");
    private final StringProperty rest = new SimpleStringProperty("10");
    private final ObjectProperty<Sides> sides = new SimpleObjectProperty<>(Sides.NONE);
    private final StringProperty instructions = new SimpleStringProperty("");
    private final StringProperty feel = new SimpleStringProperty("");
    private final StringProperty stopIf = new SimpleStringProperty("");
    private final ObjectProperty<Exercise> animationFrom = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Map<String, String>> problems = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObjectProperty<Failure> error = new SimpleObjectProperty<>();

    /** A new exercise, or a copy of {@code source} (null for an empty one). */
    public static ExerciseEditorViewModel create(Exercise source, CustomExerciseStore store, BackgroundExecutor executor,
            ExercisesModel exercises, Supplier<String> idSuffix) {
        return new ExerciseEditorViewModel(null, source, store, executor, exercises, idSuffix);
    }

    /** Editing a custom exercise in place. */
    public static ExerciseEditorViewModel edit(Exercise custom, CustomExerciseStore store, BackgroundExecutor executor,
            ExercisesModel exercises) {
        return new ExerciseEditorViewModel(custom.id(), custom, store, executor, exercises, () -> "");
    }

    private ExerciseEditorViewModel(String id, Exercise source, CustomExerciseStore store, BackgroundExecutor executor,
            ExercisesModel exercises, Supplier<String> idSuffix) {
        this.id = id;
        this.store = store;
        this.executor = executor;
        this.exercises = exercises;
        this.idSuffix = idSuffix;
        if (source != null) {
            fill(ExerciseDraft.of(source), source);
        }
        Observable[] all = {name, otherNames, kind, position, equipment, bodyAreas, sets, reps, hold, rest, sides,
            instructions, feel, stopIf, animationFrom};
        for (Observable o : all) {
            o.addListener(x -> problems.set(draft().problems()));
        }
        problems.set(draft().problems());
    }

    private void fill(ExerciseDraft d, Exercise source) {
        name.set(d.name());
        otherNames.set(d.otherNames());
        kind.set(d.kind());
        position.set(d.position());
        equipment.setAll(d.equipment());
        bodyAreas.setAll(d.bodyAreas());
        sets.set(String.valueOf(d.dosage().sets()));
        reps.set(String.valueOf(d.dosage().reps()));
        hold.set(String.valueOf(d.dosage().holdSeconds() == 0 ? 20 : d.dosage().holdSeconds()));
        rest.set(String.valueOf(d.dosage().restSeconds()));
        sides.set(d.dosage().sides());
        instructions.set(d.instructions());
        feel.set(d.feel());
        stopIf.set(d.stopIf());
        animationFrom.set(source.animation() == null ? null : source);
    }

    /** What is typed now; numbers that do not parse count as 0 (and are reported). */
    public ExerciseDraft draft() {
        Dosage dosage = new Dosage(number(sets, 1, 20, 1), number(reps, 1, 100, 1), number(hold, 0, 99_999, 0), 0,
                number(rest, 0, 600, 0), sides.get(), sides.get() == Sides.NONE ? 0 : 5, 5);
        Exercise from = animationFrom.get();
        return new ExerciseDraft(name.get(), otherNames.get(), kind.get(), position.get(), List.copyOf(equipment),
                List.copyOf(bodyAreas), dosage, instructions.get(), feel.get(), stopIf.get(),
                from == null ? null : from.animation());
    }

    public BooleanBinding invalid() {
        return Bindings.createBooleanBinding(() -> !problems.get().isEmpty(), problems);
    }

    /** Saves in the background; refreshes the library and hands back the saved exercise. */
    public void save(Consumer<Exercise> onSaved) {
        if (!problems.get().isEmpty()) {
            return;
        }
        ExerciseDraft draft = draft();
        Exercise exercise = draft.toExercise(id != null ? id : ExerciseDraft.newId(draft.name(), idSuffix.get()));
        executor.submit(() -> {
            store.saveExercise(exercise);
            return exercise;
        }, saved -> {
            exercises.load();
            onSaved.accept(saved);
        }, e -> error.set(Failure.of("exercise.error.save", e)));
    }

    private static int number(StringProperty text, int min, int max, int fallback) {
        try {
            int n = Integer.parseInt(text.get().strip());
            return n < min || n > max ? (n > max ? max + 1 : fallback) : n;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean isNew() {
        return id == null;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty otherNamesProperty() { return otherNames; }
    public ObjectProperty<Kind> kindProperty() { return kind; }
    public ObjectProperty<Position> positionProperty() { return position; }
    public ObservableList<Equipment> equipment() { return equipment; }
    public ObservableList<BodyArea> bodyAreas() { return bodyAreas; }
    public StringProperty setsProperty() { return sets; }
    public StringProperty repsProperty() { return reps; }
    public StringProperty holdProperty() { return hold; }
    public StringProperty restProperty() { return rest; }
    public ObjectProperty<Sides> sidesProperty() { return sides; }
    public StringProperty instructionsProperty() { return instructions; }
    public StringProperty feelProperty() { return feel; }
    public StringProperty stopIfProperty() { return stopIf; }
    public ObjectProperty<Exercise> animationFromProperty() { return animationFrom; }
    public ReadOnlyObjectProperty<Map<String, String>> problemsProperty() { return problems.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Failure> errorProperty() { return error; }
    public ExercisesModel exercises() { return exercises; }
}
