package org.limber.ui.library;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.limber.library.Equipment;
import org.limber.library.Exercise;
import org.limber.library.Kind;
import org.limber.library.Position;

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

    public LibraryViewModel(ExercisesModel model, Consumer<Exercise> addToRoutine) {
        this.model = model;
        this.addToRoutine = addToRoutine;
        this.filtered = new FilteredList<>(model.exercises());
        this.visible = new SortedList<>(filtered, (a, b) -> a.name().compareToIgnoreCase(b.name()));
        query.addListener((obs, old, now) -> refilter());
        kind.addListener((obs, old, now) -> refilter());
        position.addListener((obs, old, now) -> refilter());
        equipment.addListener((obs, old, now) -> refilter());
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

    /** Hands the selected exercise to the routine builder. */
    public void addSelectedToRoutine() {
        Exercise exercise = selected.get();
        if (exercise != null) {
            addToRoutine.accept(exercise);
        }
    }
}
