package org.limber.ui.routines;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
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
 * The routine builder: saved routines, the one being edited (its steps, undo and redo and the
 * live total time are a {@link RoutineDraft}'s), and saving.
 */
public final class RoutineBuilderViewModel {

    private final RoutineStore store;
    private final BackgroundExecutor executor;
    private final ExercisesModel exercises;
    private final Supplier<String> profileId;
    private final Supplier<String> newId;

    private final ObservableList<Routine> routines = FXCollections.observableArrayList();
    private final ObservableList<Routine> templates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Failure> error = new ReadOnlyObjectWrapper<>();
    private final Supplier<Collection<String>> conditions;
    private final RoutineDraft draft = new RoutineDraft(r -> Durations.clock(timeline(r).totalMillis()));

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
        draft.show(new Routine(newId.get(), name, "", List.of()), null);
    }

    public void open(Routine routine) {
        draft.show(routine, routine);
    }

    /** Starts a new, unsaved routine from a template's steps. */
    public void newFrom(Routine template) {
        draft.showCopy(template.withId(newId.get()));
    }

    public void addStep(Exercise exercise) {
        int selected = draft.selectedStepProperty().get();
        addStepAt(exercise, selected < 0 ? draft.steps().size() : selected + 1);
    }

    public void addStepAt(Exercise exercise, int index) {
        if (draft.current() == null) {
            return;
        }
        int at = Math.max(0, Math.min(index, draft.steps().size()));
        draft.edit(draft.current().withStepAdded(at, Step.of(exercise)), null);
        draft.selectedStepProperty().set(at);
    }

    public void removeStep(int index) {
        if (draft.validIndex(index)) {
            draft.edit(draft.current().withStepRemoved(index), null);
            draft.selectedStepProperty().set(Math.min(index, draft.steps().size() - 1));
        }
    }

    public void moveStep(int from, int to) {
        if (draft.validIndex(from) && to >= 0 && to < draft.steps().size() && from != to) {
            draft.edit(draft.current().withStepMoved(from, to), null);
            draft.selectedStepProperty().set(to);
        }
    }

    /** Replaces a step; edits with the same {@code key} in a row (typing in one field) undo as one. */
    public void replaceStep(int index, Step step, String key) {
        if (draft.validIndex(index) && !draft.steps().get(index).equals(step)) {
            draft.edit(draft.current().withStepReplaced(index, step), key == null ? null : key + "#" + index);
        }
    }

    public void rename(String name) {
        Routine current = draft.current();
        if (current != null && !Objects.equals(current.name(), name)) {
            draft.edit(current.withName(name), "name");
        }
    }

    public void undo() {
        draft.undo();
    }

    public void redo() {
        draft.redo();
    }

    /** Saves the routine being edited; {@code onSaved} runs once it is on disk. */
    public void save(Runnable onSaved) {
        Routine routine = draft.current();
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
            routines.setAll(list);
            error.set(null);
            draft.saved(routine);
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
            if (draft.current() != null && draft.current().id().equals(routine.id())) {
                draft.show(null, null);
            }
        }, e -> error.set(Failure.of("routines.error.delete", e)));
    }

    /** How many plans use the routine (they end with it), found in the background, for the question first. */
    public void plansUsing(Routine routine, IntConsumer then) {
        executor.submit(() -> store.plansUsing(routine.id()), then::accept,
                e -> error.set(Failure.of("routines.error.delete", e)));
    }

    public void duplicate(Routine routine, String copyName) {
        draft.showCopy(routine.withId(newId.get()).withName(copyName));
    }

    /** Closes the routine being edited (another person's routines are about to show). */
    public void reset() {
        draft.show(null, null);
    }

    /** Throws the unsaved edits away. */
    public void discard() {
        draft.discard();
    }

    /** The same layout the player runs, so the total shown is the time the session takes. */
    public Timeline timeline(Routine routine) {
        return Timeline.of(routine, exercises::nameOf);
    }

    public ObservableList<Routine> routines() {
        return routines;
    }

    public ReadOnlyObjectProperty<Routine> editingProperty() {
        return draft.editingProperty();
    }

    public ObservableList<Step> steps() {
        return draft.steps();
    }

    public IntegerProperty selectedStepProperty() {
        return draft.selectedStepProperty();
    }

    public ReadOnlyStringProperty totalProperty() {
        return draft.totalProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return draft.dirtyProperty();
    }

    public ReadOnlyObjectProperty<Failure> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return draft.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return draft.canRedoProperty();
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
