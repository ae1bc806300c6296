package org.limber.ui.library;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.library.Equipment;
import org.limber.library.Exercise;
import org.limber.library.Kind;
import org.limber.library.Position;
import org.limber.ui.common.EmptyState;
import org.limber.ui.common.Failure;
import org.limber.ui.common.Icons;

/** The library: search and filters on the left, the chosen exercise on the right. */
public final class LibraryPage {

    private LibraryPage() {
    }

    public static Node create(LibraryViewModel vm, Messages i18n) {
        TextField search = new TextField();
        search.setId("exercise-search");
        // short enough for the field at the largest text, and kept while the field has the focus (it has it
        // when the page opens), so the person sees what to type; the screen reader gets the long form
        search.setPromptText(i18n.get("library.search.short"));
        search.setTooltip(new Tooltip(i18n.get("library.search.tooltip")));
        search.setAccessibleText(i18n.get("library.search.prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());

        ComboBox<Kind> kind = FilterBox.of("filter-kind", Kind.values(), vm.kindProperty(), i18n,
                "library.filter.kind", k -> "kind." + k.code());
        ComboBox<Position> position = FilterBox.of("filter-position", Position.values(), vm.positionProperty(), i18n,
                "library.filter.position", p -> "position." + p.code());
        ComboBox<Equipment> equipment = FilterBox.of("filter-equipment", Equipment.values(), vm.equipmentProperty(),
                i18n, "library.filter.equipment", e -> "equipment." + e.code());
        Button clear = Icons.iconButton("mdi2f-filter-remove-outline", i18n.get("library.filter.clear"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane filters = new FlowPane(6, 6, kind, position, equipment, clear);

        ListView<Exercise> list = new ListView<>(vm.visible());
        list.setId("exercise-list");
        list.setAccessibleText(i18n.get("library.list.a11y"));
        list.setCellFactory(v -> new ExerciseCell(i18n));
        list.setPlaceholder(new EmptyState("mdi2m-magnify-close", i18n.get("library.noMatch.title"),
                i18n.get("library.noMatch.body")));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            }
        });

        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("library.count", vm.visible().size()), vm.visible()));
        Label problems = new Label();
        problems.setId("library-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("problem-text");
        problems.textProperty().bind(Bindings.createStringBinding(() -> vm.model().problems().isEmpty() ? ""
                : i18n.get("library.problems", vm.model().problems().size(), vm.model().problems().get(0).toString()),
                vm.model().problems()));
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        Button create = new Button(i18n.get("exercise.new"),
                Icons.icon("mdi2p-plus"));
        create.setId("exercise-new");
        create.setTooltip(new Tooltip(i18n.get("exercise.new.tooltip")));
        create.setOnAction(e -> ExerciseEditorDialog.show(create.getScene().getWindow(), vm.newExercise(), i18n,
                saved -> vm.select(saved.id())));
        Button duplicate = Icons.iconButton("mdi2c-content-copy", i18n.get("exercise.duplicate"));
        duplicate.setId("exercise-duplicate");
        duplicate.disableProperty().bind(vm.selectedProperty().isNull());
        duplicate.setOnAction(e -> ExerciseEditorDialog.show(duplicate.getScene().getWindow(),
                vm.duplicateSelected(i18n.get("routines.copyName", vm.selectedProperty().get().name())), i18n,
                saved -> vm.select(saved.id())));
        Button edit = Icons.iconButton("mdi2p-pencil-outline", i18n.get("exercise.edit"));
        edit.setId("exercise-edit");
        edit.disableProperty().bind(vm.selectedIsCustom().not());
        edit.setOnAction(e -> ExerciseEditorDialog.show(edit.getScene().getWindow(), vm.editSelected(), i18n,
                saved -> vm.select(saved.id())));
        Button delete = Icons.iconButton("mdi2d-delete-outline", i18n.get("exercise.delete"));
        delete.setId("exercise-delete");
        delete.disableProperty().bind(vm.selectedIsCustom().not());
        delete.setOnAction(e -> {
            Alert confirm = new Alert(
                    Alert.AlertType.CONFIRMATION, i18n.get("exercise.delete.body"),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(delete.getScene().getWindow());
            confirm.setHeaderText(i18n.get("exercise.delete.header", vm.selectedProperty().get().name()));
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.deleteSelected());
        });
        HBox own = new HBox(6, create, duplicate, edit, delete);
        Label failure = new Label();
        failure.getStyleClass().add("problem-text");
        failure.setWrapText(true);
        failure.setId("library-error");
        Failure.show(failure, vm.errorProperty(), i18n);
        VBox left = new VBox(10, search, filters, count, list, problems, own, failure);
        left.setPadding(new Insets(16));
        left.setStyle("-fx-min-width: 21em;");
        left.getStyleClass().add("library-list-pane");

        ExerciseDetail detail = new ExerciseDetail(i18n, vm::addSelectedToRoutine);
        vm.selectedProperty().addListener((obs, old, now) -> detail.show(now));
        detail.show(vm.selectedProperty().get());

        KeyboardFlow.install(search, list, detail.addButton());
        SplitPane split = new SplitPane(left, detail.root());
        split.setDividerPositions(0.36);
        split.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (split.isVisible() && split.getScene() != null && vm.selectedProperty().get() != null) {
                        vm.addSelectedToRoutine();
                    }
                });
            }
        });
        return split;
    }
}
