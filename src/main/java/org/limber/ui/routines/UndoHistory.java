package org.limber.ui.routines;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Undo and redo over immutable states: every edit pushes the state it replaced. */
final class UndoHistory<T> {

    private static final int LIMIT = 200;

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    void edited(T before) {
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    /** The state to go back to, given the current one; null when there is none. */
    T undo(T current) {
        if (undo.isEmpty()) {
            return null;
        }
        redo.push(current);
        T previous = undo.pop();
        refresh();
        return previous;
    }

    T redo(T current) {
        if (redo.isEmpty()) {
            return null;
        }
        undo.push(current);
        T next = redo.pop();
        refresh();
        return next;
    }

    void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void refresh() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
