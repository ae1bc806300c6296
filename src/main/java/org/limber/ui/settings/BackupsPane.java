package org.limber.ui.settings;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.settings.BackupControl;
import org.limber.ui.common.Failure;

/** The backups, newest first, and a Restore that asks first (twice when the backup is much smaller). */
final class BackupsPane {

    private BackupsPane() {
    }

    static Node create(BackupsViewModel vm, Messages i18n) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(i18n.locale());
        ListView<BackupControl.Info> list = new ListView<>(vm.backups());
        list.setId("backup-list");
        list.setAccessibleText(i18n.get("backups.list.a11y"));
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(i18n.get("settings.backups.none")));
        list.setCellFactory(v -> new ListCell<>() {
            {
                // a long kind ("Your data before a restore") wraps instead of running off the side
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(BackupControl.Info item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get("settings.backups.item",
                        i18n.get("settings.backups.kind." + item.kind()), item.made().format(when),
                        Math.max(1, item.bytes() / 1024)));
            }
        });
        Button restore = new Button(i18n.get("settings.backups.restore"));
        restore.setId("backup-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Label message = new Label();
        message.setId("backup-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(vm.messageProperty());
        restore.setOnAction(e -> {
            BackupControl.Info chosen = list.getSelectionModel().getSelectedItem();
            String date = chosen.made().format(when);
            String question = BackupsViewModel.questionKey(chosen);
            if (!confirm(restore, i18n, question, i18n.get(question, date))) {
                return;
            }
            if (vm.muchSmaller(chosen)
                    && !confirm(restore, i18n, question, i18n.get("settings.backups.confirmSmaller", date))) {
                return;
            }
            vm.restore(chosen, () -> {
                vm.messageProperty().set(i18n.get("settings.backups.restored", date));
                // the list was loaded again and its selection is gone, which disables Restore: keep the focus
                // here, on the copy of what was in use until now (restoring it undoes this restore)
                list.getSelectionModel().select(0);
                list.requestFocus();
            });
        });
        restore.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                vm.load();
            }
        });
        Label problem = new Label();
        problem.setId("backup-folder-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("problem-text");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> vm.folderProblemProperty().get().isEmpty() ? "" : i18n.get(vm.folderProblemProperty().get()),
                vm.folderProblemProperty()));
        problem.visibleProperty().bind(vm.folderProblemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label note = new Label(i18n.get("settings.backups.note"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        Label failure = new Label();
        failure.setId("backup-problem");
        failure.getStyleClass().add("problem-text");
        failure.setWrapText(true);
        Failure.show(failure, vm.failureProperty(), i18n);
        return new VBox(8, note, problem, list, restore, message, failure);
    }

    /**
     * "Restore" (or "Undo the restore") or "Keep my current data"; keeping is the default, so Enter changes
     * nothing. {@code question} is the message key of the question, whose title and yes-button keys end in
     * ".title" and ".yes".
     */
    private static boolean confirm(Node owner, Messages i18n, String question, String text) {
        ButtonType restore = new ButtonType(i18n.get(question + ".yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(i18n.get("settings.backups.confirm.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, restore, keep);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle(i18n.get(question + ".title"));
        alert.setHeaderText(i18n.get(question + ".title"));
        alert.getDialogPane().setId("backup-confirm");
        ((Button) alert.getDialogPane().lookupButton(restore)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == restore).isPresent();
    }
}
