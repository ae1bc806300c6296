package org.limber.ui.results;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.ui.common.Failure;

/** The form before a send: which days and the name in the file. Cancel is the default; OK asks where to save. */
final class SendResultsDialog {

    private SendResultsDialog() {
    }

    /** True when the person chose to go on (the form was checked). */
    static boolean ask(Window owner, SendResultsViewModel vm, Messages i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("results.send.title"));
        dialog.setHeaderText(i18n.get("results.send.header"));
        dialog.getDialogPane().setId("results-send-dialog");
        ButtonType next = new ButtonType(i18n.get("results.send.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);

        DatePicker from = new DatePicker();
        from.setId("results-send-from");
        from.setPromptText(i18n.get("results.send.from.all"));
        from.setAccessibleText(i18n.get("results.send.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("results-send-to");
        to.setPromptText(i18n.get("results.send.to.today"));
        to.setAccessibleText(i18n.get("results.send.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        TextField name = new TextField();
        name.setId("results-send-name");
        name.setPromptText(i18n.get("results.send.name.prompt"));
        name.setAccessibleText(i18n.get("results.send.name"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        Label problem = new Label();
        problem.setId("results-send-problem");
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        Failure.show(problem, vm.problemProperty(), i18n);

        VBox content = new VBox(8, text(i18n.get("results.send.intro")), text(lastSent(vm, i18n)),
                labelled(i18n.get("results.send.from"), from), labelled(i18n.get("results.send.to"), to),
                labelled(i18n.get(vm.asksForName() ? "results.send.name.me" : "results.send.name"), name), problem);
        // as wide as the text is large, and scrolling rather than cutting what the file holds
        content.setStyle("-fx-pref-width: 30em;");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);

        Button ok = (Button) dialog.getDialogPane().lookupButton(next);
        ok.setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.check()) {
                e.consume();
            }
        });
        dialog.setResizable(true);
        if (vm.asksForName()) {
            dialog.setOnShown(e -> name.requestFocus());
        }
        return dialog.showAndWait().filter(b -> b == next).isPresent();
    }

    private static String lastSent(SendResultsViewModel vm, Messages i18n) {
        if (vm.lastSentProperty().get() == null) {
            return i18n.get("results.send.never");
        }
        return i18n.get("results.send.last", vm.lastSentProperty().get().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(i18n.locale())));
    }

    private static Label text(String words) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Node labelled(String words, Node control) {
        Label label = text(words);
        label.setLabelFor(control);
        return new VBox(4, label, control);
    }
}
