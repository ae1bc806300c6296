package org.limber.ui.routines;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.library.Caution;
import org.limber.library.Cautions;
import org.limber.library.Exercise;
import org.limber.routine.Durations;
import org.limber.routine.Routine;
import org.limber.routine.RoutineStore;
import org.limber.routine.Step;
import org.limber.session.Timeline;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.Failure;

/**
 * The routine builder: saved routines, the one being edited, its steps, undo and redo, the
 * live total time, and saving. Every edit replaces the immutable routine, so undo is a stack
 * of earlier routines.
 */
public final class RoutineBuilderViewModel {

    private final RoutineStore store;
    private final BackgroundExecutor executor;
    private final ExercisesModel exercises;
    private final Supplier<String> profileId;
    private final Supplier<String> newId;

    private final ObservableList<Routine> routines = FXCollections.observableArrayList();
    private final ObservableList<Routine> templates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Routine> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final IntegerProperty selectedStep = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Failure> error = new ReadOnlyObjectWrapper<>();
    private final UndoHistory<Routine> history = new UndoHistory<>();
    private final Supplier<Collection<String>> conditions;
    private Routine saved;
    private boolean unsavedCopy;
    private String lastEditKey;

    /**
     * {@code conditions} gives the person's conditions, so the cautions that concern them show
     * on the steps they concern.
     */
    public RoutineBuilderViewModel(RoutineStore store, BackgroundExecutor executor, ExercisesModel exercises,
            Supplier<String> profileId, Supplier<String> newId, Supplier<Collection<String>> conditions) {
        this.store = store;
        this.conditions = conditions;
        this.executor = executor;
        this.exercises = exercises;
        this.profileId = profileId;
        this.newId = newId;
    }

    public void load() {
        String profile = profileId.get();
        executor.submit(() -> store.list(profile), routines::setAll, e -> error.set(Failure.of("routines.error.load", e)));
    }

    /** The templates to start from; without them (the executor has logged why) the list stays empty. */
    public void loadTemplates(Callable<List<Routine>> source) {
        executor.submit(source, templates::setAll, e -> { });
    }

    public ObservableList<Routine> templates() {
        return templates;
    }

    public void newRoutine(String name) {
        show(new Routine(newId.get(), name, "", List.of()), null);
    }

    public void open(Routine routine) {
        show(routine, routine);
    }

    /** Starts a new, unsaved routine from a template's steps. */
    public void newFrom(Routine template) {
        show(template.withId(newId.get()), null);
        unsavedCopy = true;
        refreshDirty();
    }

    public void addStep(Exercise exercise) {
        int at = selectedStep.get() < 0 ? steps.size() : selectedStep.get() + 1;
        addStepAt(exercise, at);
    }

    public void addStepAt(Exercise exercise, int index) {
        if (editing.get() == null) {
            return;
        }
        int at = Math.max(0, Math.min(index, steps.size()));
        edit(editing.get().withStepAdded(at, Step.of(exercise)), null);
        selectedStep.set(at);
    }

    public void removeStep(int index) {
        if (validIndex(index)) {
            edit(editing.get().withStepRemoved(index), null);
            selectedStep.set(Math.min(index, steps.size() - 1));
        }
    }

    public void moveStep(int from, int to) {
        if (validIndex(from) && to >= 0 && to < steps.size() && from != to) {
            edit(editing.get().withStepMoved(from, to), null);
            selectedStep.set(to);
        }
    }

    /** Replaces a step; edits with the same {@code key} in a row (typing in one field) undo as one. */
    public void replaceStep(int index, Step step, String key) {
        if (validIndex(index) && !steps.get(index).equals(step)) {
            edit(editing.get().withStepReplaced(index, step), key == null ? null : key + "#" + index);
        }
    }

    public void rename(String name) {
        Routine current = editing.get();
        if (current != null && !Objects.equals(current.name(), name)) {
            edit(current.withName(name), "name");
        }
    }

    public void undo() {
        Routine previous = history.undo(editing.get());
        if (previous != null) {
            lastEditKey = null;
            apply(previous);
        }
    }

    public void redo() {
        Routine next = history.redo(editing.get());
        if (next != null) {
            lastEditKey = null;
            apply(next);
        }
    }

    /** Saves the routine being edited; {@code onSaved} runs once it is on disk. */
    public void save(Runnable onSaved) {
        Routine routine = editing.get();
        if (routine == null) {
            return;
        }
        if (routine.name().isBlank()) {
            error.set(Failure.of("routines.error.nameMissing"));
            return;
        }
        List<Exercise> custom = routine.steps().stream().map(Step::exerciseId).distinct()
                .filter(exercises::isCustom).map(exercises::find).flatMap(Optional::stream).toList();
        String profile = profileId.get();
        executor.submit(() -> {
            store.save(profile, routine, custom);
            return store.list(profile);
        }, list -> {
            Routine now = editing.get();
            if (now != null && now.id().equals(routine.id())) {
                saved = routine;
                unsavedCopy = false;
            }
            routines.setAll(list);
            error.set(null);
            refreshDirty();
            onSaved.run();
        }, e -> error.set(Failure.of("routines.error.save", e)));
    }

    public void delete(Routine routine) {
        String profile = profileId.get();
        executor.submit(() -> {
            store.delete(routine.id());
            return store.list(profile);
        }, list -> {
            routines.setAll(list);
            if (editing.get() != null && editing.get().id().equals(routine.id())) {
                show(null, null);
            }
        }, e -> error.set(Failure.of("routines.error.delete", e)));
    }

    public void duplicate(Routine routine, String copyName) {
        show(routine.withId(newId.get()).withName(copyName), null);
        unsavedCopy = true;
        refreshDirty();
    }

    /** Closes the routine being edited (another person's routines are about to show). */
    public void reset() {
        show(null, null);
    }

    /** Throws the unsaved edits away. */
    public void discard() {
        show(saved, saved);
    }

    private void show(Routine routine, Routine savedVersion) {
        saved = savedVersion;
        unsavedCopy = false;
        history.clear();
        lastEditKey = null;
        apply(routine);
        selectedStep.set(steps.isEmpty() ? -1 : 0);
    }

    private void edit(Routine next, String key) {
        if (key == null || !key.equals(lastEditKey)) {
            history.edited(editing.get());
        }
        lastEditKey = key;
        apply(next);
    }

    private void apply(Routine routine) {
        editing.set(routine);
        if (routine == null) {
            steps.clear();
            total.set("0:00");
        } else {
            steps.setAll(routine.steps());
            total.set(Durations.clock(timeline(routine).totalMillis()));
        }
        if (selectedStep.get() >= steps.size()) {
            selectedStep.set(steps.size() - 1);
        }
        refreshDirty();
    }

    /** The same layout the player runs, so the total shown is the time the session takes. */
    public Timeline timeline(Routine routine) {
        return Timeline.of(routine, exercises::nameOf);
    }

    private void refreshDirty() {
        Routine current = editing.get();
        if (current == null) {
            dirty.set(false);
            return;
        }
        boolean changed = saved == null ? unsavedCopy || history.canUndoProperty().get() : !current.equals(saved);
        dirty.set(changed);
    }

    private boolean validIndex(int index) {
        return editing.get() != null && index >= 0 && index < steps.size();
    }

    public ObservableList<Routine> routines() {
        return routines;
    }

    public ReadOnlyObjectProperty<Routine> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public IntegerProperty selectedStepProperty() {
        return selectedStep;
    }

    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Failure> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** The cautions of this step's exercise that concern the person. */
    public List<Caution> cautionsFor(Step step) {
        return exercises.find(step.exerciseId())
                .map(e -> Cautions.matching(e, conditions.get())).orElse(List.of());
    }

    public ExercisesModel exercises() {
        return exercises;
    }
}
