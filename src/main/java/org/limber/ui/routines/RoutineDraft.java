package org.limber.ui.routines;

import java.util.function.Function;
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
import org.limber.routine.Routine;
import org.limber.routine.Step;

/**
 * The routine being edited, for {@link RoutineBuilderViewModel}: its steps, the selected one, the
 * total time, undo and redo, and whether it differs from what is saved. Every edit replaces the
 * immutable routine, so undo is a stack of earlier routines.
 */
final class RoutineDraft {

    private final Function<Routine, String> totalOf;
    private final ReadOnlyObjectWrapper<Routine> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final IntegerProperty selectedStep = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final UndoHistory<Routine> history = new UndoHistory<>();
    private Routine saved;
    private boolean unsavedCopy;
    private String lastEditKey;

    /** {@code totalOf} gives a routine's running time as shown ("m:ss"). */
    RoutineDraft(Function<Routine, String> totalOf) {
        this.totalOf = totalOf;
    }

    Routine current() {
        return editing.get();
    }

    /** Shows {@code routine} (null: none), with {@code savedVersion} as what is on disk (null: not saved yet). */
    void show(Routine routine, Routine savedVersion) {
        saved = savedVersion;
        unsavedCopy = false;
        history.clear();
        lastEditKey = null;
        apply(routine);
        selectedStep.set(steps.isEmpty() ? -1 : 0);
    }

    /** Shows a copy that is not saved yet (from a template, or a duplicate): it counts as changed. */
    void showCopy(Routine copy) {
        show(copy, null);
        unsavedCopy = true;
        refreshDirty();
    }

    /** Edits with the same {@code key} in a row (typing in one field) undo as one. */
    void edit(Routine next, String key) {
        if (key == null || !key.equals(lastEditKey)) {
            history.edited(editing.get());
        }
        lastEditKey = key;
        apply(next);
    }

    void undo() {
        Routine previous = history.undo(editing.get());
        if (previous != null) {
            lastEditKey = null;
            apply(previous);
        }
    }

    void redo() {
        Routine next = history.redo(editing.get());
        if (next != null) {
            lastEditKey = null;
            apply(next);
        }
    }

    /** {@code routine} is now on disk; if it is still the one edited, it is no longer changed. */
    void saved(Routine routine) {
        Routine now = editing.get();
        if (now != null && now.id().equals(routine.id())) {
            saved = routine;
            unsavedCopy = false;
        }
        refreshDirty();
    }

    /** Back to what is saved. */
    void discard() {
        show(saved, saved);
    }

    boolean validIndex(int index) {
        return editing.get() != null && index >= 0 && index < steps.size();
    }

    private void apply(Routine routine) {
        editing.set(routine);
        if (routine == null) {
            steps.clear();
            total.set("0:00");
        } else {
            steps.setAll(routine.steps());
            total.set(totalOf.apply(routine));
        }
        if (selectedStep.get() >= steps.size()) {
            selectedStep.set(steps.size() - 1);
        }
        refreshDirty();
    }

    private void refreshDirty() {
        Routine current = editing.get();
        if (current == null) {
            dirty.set(false);
            return;
        }
        dirty.set(saved == null ? unsavedCopy || history.canUndoProperty().get() : !current.equals(saved));
    }

    ReadOnlyObjectProperty<Routine> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    ObservableList<Step> steps() {
        return steps;
    }

    IntegerProperty selectedStepProperty() {
        return selectedStep;
    }

    ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }
}
