package org.limber.ui.results;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.results.Results;
import org.limber.results.ResultsFiles;
import org.limber.ui.common.DialogService;
import org.limber.ui.common.Failure;
import org.limber.ui.common.FileType;

/** The person's side: the form, where to save, the writing, then how many sessions went and "Open folder". */
public final class SendResults {

    private final SendResultsViewModel vm;
    private final DialogService dialogs;
    private final Messages i18n;
    private final FileType type;

    public SendResults(SendResultsViewModel vm, DialogService dialogs, Messages i18n) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.type = new FileType(i18n.get("results.fileType"), ResultsFiles.EXTENSION);
    }

    /** Starts a send over {@code owner}. */
    public void start(Window owner) {
        Consumer<Failure> failed = f -> dialogs.showError(owner, f.text(i18n));
        vm.prepare(() -> {
            if (SendResultsDialog.ask(owner, vm, i18n)) {
                dialogs.chooseFileToSave(owner, type, vm.suggestedFileName()).map(type::withExtension)
                        .ifPresent(target -> vm.send(target, sent -> done(owner, sent, failed), failed));
            }
        }, failed);
    }

    private void done(Window owner, Results.Sent sent, Consumer<Failure> failed) {
        ButtonType open = new ButtonType(i18n.get("results.send.openFolder"), ButtonBar.ButtonData.LEFT);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", open, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("results.send.title"));
        alert.setHeaderText(i18n.get("results.send.done.header"));
        Label body = new Label(i18n.get("results.send.done.body", sent.sessions(), sent.file().toString()));
        body.setId("results-sent-text");
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId("results-sent-dialog");
        ((Button) alert.getDialogPane().lookupButton(open)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CLOSE)).setDefaultButton(true);
        alert.showAndWait().filter(b -> b == open).ifPresent(b -> vm.openFolder(failed));
    }
}
