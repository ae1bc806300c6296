package org.limber.ui.routines;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.routine.Routine;
import org.limber.ui.common.Icons;

/** Saved routines with New, From template, Import, Duplicate and Delete. */
final class RoutineListPane {

    private RoutineListPane() {
    }

    static Region create(RoutineBuilderViewModel vm, Messages i18n, RoutineActions actions, UnsavedGuard guard) {
        Button create = RoutinesPage.button("routine-new", i18n.get("routines.new"), "mdi2p-plus",
                i18n.get("routines.new.tooltip"));
        create.setOnAction(e -> guard.proceed(() -> vm.newRoutine(i18n.get("routines.newName"))));
        MenuButton templates = new MenuButton(i18n.get("routines.template"), Icons.icon("mdi2f-file-star-outline"));
        templates.setId("routine-template");
        templates.setTooltip(new Tooltip(i18n.get("routines.template.tooltip")));
        vm.templates().addListener((ListChangeListener<Routine>) c -> fill(templates, vm, guard));
        fill(templates, vm, guard);
        Button importButton = RoutinesPage.button("routine-import", i18n.get("routines.import"), "mdi2f-file-import-outline",
                i18n.get("routines.import.tooltip"));
        importButton.setOnAction(e -> guard.proceed(() -> actions.importRoutine(importButton.getScene().getWindow())));

        ListView<Routine> list = new ListView<>(vm.routines());
        list.setId("routine-list");
        list.setAccessibleText(i18n.get("routines.list.a11y"));
        list.setPlaceholder(new Label(i18n.get("routines.list.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Routine routine, boolean empty) {
                super.updateItem(routine, empty);
                setText(empty || routine == null ? null : routine.name());
            }
        });
        list.setOnMouseClicked(e -> openSelected(list, vm, guard));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(list, vm, guard);
            } else if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                confirmDelete(list.getSelectionModel().getSelectedItem(), vm, i18n, list);
            }
        });
        MenuItem duplicate = new MenuItem(i18n.get("routines.duplicate"));
        duplicate.setOnAction(e -> {
            Routine r = list.getSelectionModel().getSelectedItem();
            if (r != null) {
                guard.proceed(() -> vm.duplicate(r, i18n.get("routines.copyName", r.name())));
            }
        });
        MenuItem delete = new MenuItem(i18n.get("routines.delete"));
        delete.setOnAction(e -> {
            Routine r = list.getSelectionModel().getSelectedItem();
            if (r != null) {
                confirmDelete(r, vm, i18n, list);
            }
        });
        list.setContextMenu(new ContextMenu(duplicate, delete));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label title = new Label(i18n.get("nav.routines"));
        title.getStyleClass().add("title-4");
        FlowPane buttons = new FlowPane(6, 6, create, templates, importButton);
        VBox box = new VBox(10, title, buttons, list);
        box.setPadding(new Insets(16));
        box.setStyle("-fx-pref-width: 16em; -fx-min-width: 11em;");
        box.getStyleClass().add("routine-list-pane");
        return box;
    }

    private static void fill(MenuButton menu, RoutineBuilderViewModel vm, UnsavedGuard guard) {
        menu.getItems().clear();
        for (Routine template : vm.templates()) {
            MenuItem item = new MenuItem(template.name());
            item.setId("template-" + template.id().replace("template:", ""));
            item.setOnAction(e -> guard.proceed(() -> vm.newFrom(template)));
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }

    private static void openSelected(ListView<Routine> list, RoutineBuilderViewModel vm, UnsavedGuard guard) {
        Routine chosen = list.getSelectionModel().getSelectedItem();
        Routine current = vm.editingProperty().get();
        if (chosen != null && (current == null || !chosen.id().equals(current.id()))) {
            guard.proceed(() -> vm.open(chosen));
        }
    }

    /**
     * Asks before deleting, saying which plans end with the routine; keeping it is the default,
     * so Enter deletes nothing.
     */
    private static void confirmDelete(Routine routine, RoutineBuilderViewModel vm, Messages i18n, Node owner) {
        vm.plansUsing(routine, plans -> {
            String body = i18n.get("routines.confirm.delete.body");
            if (plans > 0) {
                body = i18n.get("routines.confirm.delete.plans", plans) + "\n\n" + body;
            }
            ButtonType delete = new ButtonType(i18n.get(plans > 0 ? "routines.confirm.delete.yesPlans"
                    : "routines.confirm.delete.yes"), ButtonBar.ButtonData.OK_DONE);
            ButtonType keep = new ButtonType(i18n.get("routines.confirm.delete.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, body, delete, keep);
            alert.initOwner(owner.getScene().getWindow());
            alert.setTitle(i18n.get("routines.confirm.delete.title"));
            alert.setHeaderText(i18n.get("routines.confirm.delete.header", routine.name()));
            alert.getDialogPane().setId("delete-dialog");
            ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
            alert.showAndWait().filter(b -> b == delete).ifPresent(b -> vm.delete(routine));
        });
    }
}
