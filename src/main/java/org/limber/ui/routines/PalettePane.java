package org.limber.ui.routines;

import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.library.Exercise;
import org.limber.ui.common.Icons;

/** Exercises to add: search, then Add, double-click, Enter, or drag onto the steps. */
final class PalettePane {

    private PalettePane() {
    }

    static Node create(RoutineBuilderViewModel vm, Messages i18n) {
        TextField search = new TextField();
        search.setId("palette-search");
        search.setPromptText(i18n.get("routines.palette.search"));
        search.setAccessibleText(i18n.get("routines.palette.search"));
        FilteredList<Exercise> filtered = new FilteredList<>(vm.exercises().exercises());
        search.textProperty().addListener((obs, old, now) -> filtered.setPredicate(e -> e.matches(now)));
        SortedList<Exercise> sorted = new SortedList<>(filtered, (a, b) -> a.name().compareToIgnoreCase(b.name()));

        ListView<Exercise> list = new ListView<>(sorted);
        list.setId("palette-list");
        list.setCellFactory(v -> new PaletteCell());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button add = new Button(i18n.get("routines.palette.add"), Icons.icon("mdi2p-plus"));
        add.setId("step-add");
        add.setTooltip(new Tooltip(i18n.get("routines.palette.add.tooltip")));
        add.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.editingProperty().isNull()));
        Runnable addSelected = () -> {
            Exercise exercise = list.getSelectionModel().getSelectedItem();
            if (exercise != null && vm.editingProperty().get() != null) {
                vm.addStep(exercise);
            }
        };
        add.setOnAction(e -> addSelected.run());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                addSelected.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addSelected.run();
                e.consume();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        HBox top = new HBox(8, search, add);
        HBox.setHgrow(search, Priority.ALWAYS);
        Label title = new Label(i18n.get("nav.library"));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(8, title, top, list);
        box.getStyleClass().add("palette");
        return box;
    }

    /** A draggable exercise name. */
    private static final class PaletteCell extends ListCell<Exercise> {

        PaletteCell() {
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.put(StepCell.EXERCISE_ID, getItem().id());
                content.putString(getItem().name());
                board.setContent(content);
                e.consume();
            });
        }

        @Override
        protected void updateItem(Exercise exercise, boolean empty) {
            super.updateItem(exercise, empty);
            setText(empty || exercise == null ? null : exercise.name());
        }
    }
}
