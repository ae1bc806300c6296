package org.limber.ui.results;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.profile.Profile;
import org.limber.results.ImportSummary;
import org.limber.results.ResultsFiles;
import org.limber.ui.common.DialogService;
import org.limber.ui.common.FileType;
import org.limber.ui.results.ImportResultsViewModel.Imported;
import org.limber.ui.results.ImportResultsViewModel.Pending;
import org.limber.ui.results.ImportResultsViewModel.Refusal;

/**
 * The physiotherapist's side: a file chosen, dropped or handed over is read; a person known
 * here is imported after a confirmation naming the client, a new one after choosing the client;
 * then a summary, or why the file was refused. Every question has Cancel as its default.
 */
public final class ImportResults {

    private final ImportResultsViewModel vm;
    private final DialogService dialogs;
    private final Messages i18n;
    private final Consumer<Imported> imported;
    private final Consumer<Profile> showHistory;
    private final FileType type;

    /** {@code imported}: what changed (reload the lists); {@code showHistory}: make the client active, show History. */
    public ImportResults(ImportResultsViewModel vm, DialogService dialogs, Messages i18n, Consumer<Imported> imported,
            Consumer<Profile> showHistory) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.imported = imported;
        this.showHistory = showHistory;
        this.type = new FileType(i18n.get("results.fileType"), ResultsFiles.EXTENSION);
    }

    /** Asks which file, then imports it. */
    public void choose(Window owner) {
        dialogs.chooseFileToOpen(owner, type).ifPresent(file -> open(file, owner));
    }

    /** Whether {@code file} is named like a results file. */
    public static boolean isResultsFile(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(ResultsFiles.EXTENSION);
    }

    public void open(Path file, Window owner) {
        vm.open(file, pending -> ask(pending, owner), refusal -> refused(refusal, owner));
    }

    private void ask(Pending pending, Window owner) {
        Consumer<Imported> done = result -> done(result, pending, owner);
        Consumer<Refusal> refused = refusal -> refused(refusal, owner);
        if (pending.client().isPresent()) {
            if (confirm(pending, pending.client().get(), owner)) {
                vm.importKnown(pending, done, refused);
            }
            return;
        }
        ClientChoiceDialog.ask(owner, vm, pending, i18n).ifPresent(choice -> {
            if (choice.existing() != null) {
                vm.importInto(pending, choice.existing(), done, refused);
            } else {
                vm.importAsNew(pending, choice.newName(), done, refused);
            }
        });
    }

    /** "Import N sessions of this person to this client?" */
    private boolean confirm(Pending pending, Profile client, Window owner) {
        ButtonType yes = new ButtonType(i18n.get("results.import.yes"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = alert(Alert.AlertType.CONFIRMATION, owner, "results-import-confirm-dialog", yes, ButtonType.CANCEL);
        ask.setHeaderText(i18n.get("results.import.confirm.header", client.name()));
        body(ask, i18n.get("results.import.confirm.body", pending.personName(), pending.sessions(),
                pending.file().toString(), client.name()));
        defaultButton(ask, ButtonType.CANCEL, yes);
        return ask.showAndWait().filter(b -> b == yes).isPresent();
    }

    private void done(Imported result, Pending pending, Window owner) {
        imported.accept(result);
        ImportSummary s = result.summary();
        ButtonType show = new ButtonType(i18n.get("results.import.showHistory"), ButtonBar.ButtonData.LEFT);
        Alert alert = alert(Alert.AlertType.INFORMATION, owner, "results-imported-dialog", show, ButtonType.CLOSE);
        alert.setHeaderText(i18n.get("results.import.done.header", pending.personName(), result.client().name()));
        body(alert, i18n.get("results.import.summary", s.added(), s.updated(), s.unchanged())).setId("results-summary");
        defaultButton(alert, ButtonType.CLOSE, show);
        alert.showAndWait().filter(b -> b == show).ifPresent(b -> showHistory.accept(result.client()));
    }

    private void refused(Refusal refusal, Window owner) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, "results-refused-dialog", ButtonType.CLOSE);
        alert.setHeaderText(i18n.get("results.import.refused.header"));
        body(alert, refusal.text(i18n)).setId("results-refused-text");
        alert.show();
    }

    private Alert alert(Alert.AlertType kind, Window owner, String id, ButtonType... buttons) {
        Alert alert = new Alert(kind, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("results.import.title"));
        alert.getDialogPane().setId(id);
        return alert;
    }

    private static Label body(Alert alert, String text) {
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        return body;
    }

    private static void defaultButton(Alert alert, ButtonType safe, ButtonType other) {
        ((Button) alert.getDialogPane().lookupButton(other)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(safe)).setDefaultButton(true);
    }
}
