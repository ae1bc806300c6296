package org.limber.ui.common;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueProblem;
import org.limber.library.Exercise;
import org.limber.library.ExerciseSource;

/**
 * The exercises every screen shares: loaded once in the background, refreshed after a
 * custom exercise is saved or deleted.
 */
public final class ExercisesModel {

    private final ObservableList<Exercise> exercises = FXCollections.observableArrayList();
    private final ObservableList<CatalogueProblem> problems = FXCollections.observableArrayList();
    private final Busy loading = new Busy();
    private final ObjectProperty<Failure> failure = new SimpleObjectProperty<>();
    private final ExerciseSource source;
    private Catalogue catalogue = new Catalogue(List.of(), List.of());
    private final BackgroundExecutor executor;

    public ExercisesModel(ExerciseSource source, BackgroundExecutor executor) {
        this.source = source;
        this.executor = executor;
    }

    public void load() {
        executor.submit(source::load, this::accept, error -> failure.set(Failure.of("library.error.load", error)),
                loading.start());
    }

    private void accept(Catalogue catalogue) {
        this.catalogue = catalogue;
        exercises.setAll(catalogue.exercises());
        problems.setAll(catalogue.problems());
        failure.set(null);
    }

    public ObservableList<Exercise> exercises() {
        return exercises;
    }

    public ObservableList<CatalogueProblem> problems() {
        return problems;
    }

    public BooleanBinding loadingProperty() {
        return loading.busy();
    }

    /** Why the exercises could not be read, or null. */
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure;
    }

    public boolean isCustom(String id) {
        return catalogue.isCustom(id);
    }

    /** The exercise's name, or its id while the catalogue is loading or if it is unknown. */
    public String nameOf(String id) {
        return find(id).map(Exercise::name).orElse(id);
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
