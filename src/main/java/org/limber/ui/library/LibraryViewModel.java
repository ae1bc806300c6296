package org.limber.ui.library;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.library.CustomExerciseStore;
import org.limber.library.Equipment;
import org.limber.library.Exercise;
import org.limber.library.Kind;
import org.limber.library.Position;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.Failure;

/** The library page: search text, filters, the matching exercises and the one selected. */
public final class LibraryViewModel {

    private final ExercisesModel model;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Position> position = new SimpleObjectProperty<>();
    private final ObjectProperty<Equipment> equipment = new SimpleObjectProperty<>();
    private final ObjectProperty<Exercise> selected = new SimpleObjectProperty<>();
    private final FilteredList<Exercise> filtered;
    private final SortedList<Exercise> visible;
    private final Consumer<Exercise> addToRoutine;
    private final CustomExerciseStore store;
    private final BackgroundExecutor executor;
    private final Supplier<String> idSuffix;
    private final ObjectProperty<Failure> error = new SimpleObjectProperty<>();

    public LibraryViewModel(ExercisesModel model, Consumer<Exercise> addToRoutine,
            CustomExerciseStore store, BackgroundExecutor executor,
            Supplier<String> idSuffix) {
        this.model = model;
        this.addToRoutine = addToRoutine;
        this.store = store;
        this.executor = executor;
        this.idSuffix = idSuffix;
        this.filtered = new FilteredList<>(model.exercises());
        this.visible = new SortedList<>(filtered, (a, b) -> a.name().compareToIgnoreCase(b.name()));
        query.addListener((obs, old, now) -> refilter());
        kind.addListener((obs, old, now) -> refilter());
        position.addListener((obs, old, now) -> refilter());
        equipment.addListener((obs, old, now) -> refilter());
        error.set(model.failureProperty().get());
        model.failureProperty().addListener((obs, old, now) -> error.set(now));
    }

    private void refilter() {
        String text = query.get();
        Kind k = kind.get();
        Position p = position.get();
        Equipment e = equipment.get();
        Predicate<Exercise> match = ex -> ex.matches(text)
                && (k == null || ex.kind() == k)
                && (p == null || ex.position() == p)
                && (e == null || ex.equipment().contains(e));
        filtered.setPredicate(match);
        if (selected.get() != null && !filtered.contains(selected.get())) {
            selected.set(null);
        }
    }

    public SortedList<Exercise> visible() {
        return visible;
    }

    public ExercisesModel model() {
        return model;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Position> positionProperty() {
        return position;
    }

    public ObjectProperty<Equipment> equipmentProperty() {
        return equipment;
    }

    public ObjectProperty<Exercise> selectedProperty() {
        return selected;
    }

    public void clearFilters() {
        query.set("");
        kind.set(null);
        position.set(null);
        equipment.set(null);
    }

    /** True while the selected exercise is one of the user's own (built-in ones are read-only). */
    public BooleanBinding selectedIsCustom() {
        return Bindings.createBooleanBinding(
                () -> selected.get() != null && model.isCustom(selected.get().id()), selected, model.exercises());
    }

    public ExerciseEditorViewModel newExercise() {
        return ExerciseEditorViewModel.create(null, store, executor, model, idSuffix);
    }

    /** A custom copy of the selected exercise, built in or not, to change as you like. */
    public ExerciseEditorViewModel duplicateSelected(String copyName) {
        ExerciseEditorViewModel editor = ExerciseEditorViewModel.create(selected.get(), store, executor, model, idSuffix);
        editor.nameProperty().set(copyName);
        return editor;
    }

    public ExerciseEditorViewModel editSelected() {
        return ExerciseEditorViewModel.edit(selected.get(), store, executor, model);
    }

    public void deleteSelected() {
        Exercise exercise = selected.get();
        if (exercise == null || !model.isCustom(exercise.id())) {
            return;
        }
        // an exercise that routines use is kept, and the person is told which routines: deleting
        // it would leave their steps pointing at nothing
        executor.submit(() -> {
            List<String> users = store.routinesUsing(exercise.id());
            if (users.isEmpty()) {
                store.deleteExercise(exercise.id());
            }
            return users;
        }, users -> {
            if (!users.isEmpty()) {
                error.set(Failure.of("library.error.inUse", exercise.name(), users.size(), String.join(", ", users)));
                return;
            }
            selected.set(null);
            error.set(null);
            model.load();
        }, e -> error.set(Failure.of("library.error.delete", e)));
    }

    /** Selects the exercise with this id once it is in the list. */
    public void select(String id) {
        if (model.find(id).isPresent()) {
            model.find(id).ifPresent(selected::set);
            return;
        }
        model.exercises().addListener(new ListChangeListener<Exercise>() {
            @Override
            public void onChanged(Change<? extends Exercise> change) {
                if (model.find(id).isPresent()) {
                    model.exercises().removeListener(this);
                    model.find(id).ifPresent(selected::set);
                }
            }
        });
    }

    /** What last went wrong (loading the exercises or deleting one), or null. */
    public ReadOnlyObjectProperty<Failure> errorProperty() {
        return error;
    }

    /** Hands the selected exercise to the routine builder. */
    public void addSelectedToRoutine() {
        Exercise exercise = selected.get();
        if (exercise != null) {
            addToRoutine.accept(exercise);
        }
    }
}
