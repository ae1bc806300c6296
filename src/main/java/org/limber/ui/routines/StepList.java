package org.limber.ui.routines;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import org.limber.i18n.Messages;
import org.limber.routine.Step;
import org.limber.ui.common.EmptyState;

/** The routine's steps: select to edit, Delete to remove, Alt+Up/Down or drag to reorder. */
final class StepList {

    private StepList() {
    }

    /** {@code conditions} changes when the person's conditions do: the steps show their cautions again. */
    static ListView<Step> create(RoutineBuilderViewModel vm, Messages i18n, ObservableValue<?> conditions) {
        ListView<Step> list = new ListView<>(vm.steps());
        list.setId("routine-steps");
        list.setCellFactory(v -> new StepCell(vm, i18n));
        ChangeListener<Object> refresh = (obs, old, now) -> list.refresh();
        // held by the list: the conditions belong to the app, which outlives the page
        list.getProperties().put(StepList.class, refresh);
        conditions.addListener(new WeakChangeListener<>(refresh));
        list.setPlaceholder(new EmptyState("mdi2p-playlist-plus", i18n.get("routines.steps.empty.title"),
                i18n.get("routines.steps.empty.body")));
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                vm.selectedStepProperty().set(now.intValue());
            }
        });
        vm.selectedStepProperty().addListener((obs, old, now) -> select(list, now.intValue()));
        vm.steps().addListener((ListChangeListener<Step>) c ->
                select(list, vm.selectedStepProperty().get()));
        list.setOnKeyPressed(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.removeStep(index);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                vm.moveStep(index, index - 1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                vm.moveStep(index, index + 1);
                e.consume();
            }
        });
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(StepCell.EXERCISE_ID) || e.getDragboard().hasContent(StepCell.STEP_INDEX)) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
        });
        list.setOnDragDropped(e -> {
            e.setDropCompleted(DropTargets.drop(vm, e.getDragboard(), vm.steps().size()));
            e.consume();
        });
        return list;
    }

    private static void select(ListView<Step> list, int index) {
        if (index >= 0 && index < list.getItems().size()) {
            if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().clearAndSelect(index);
            }
        } else {
            list.getSelectionModel().clearSelection();
        }
    }
}
