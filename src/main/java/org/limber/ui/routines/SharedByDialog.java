package org.limber.ui.routines;

import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.routine.Physiotherapist;

/**
 * Before a routine file is saved: the name and practice to put in it, so the person who gets it
 * knows whom to send their results back to. Filled with the ones used last; Cancel is the default.
 */
final class SharedByDialog {

    /** What the person chose: go on with this physiotherapist in the file (none: no name given). */
    record Answer(Optional<Physiotherapist> physiotherapist) {
    }

    private SharedByDialog() {
    }

    static Optional<Answer> ask(Window owner, Optional<Physiotherapist> last, Messages i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("routines.export.from.title"));
        dialog.setHeaderText(i18n.get("routines.export.from.header"));
        dialog.getDialogPane().setId("routine-from-dialog");
        ButtonType next = new ButtonType(i18n.get("routines.export.from.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        TextField name = field("routine-from-name", Physiotherapist.MAX_NAME, last.map(Physiotherapist::name));
        TextField practice = field("routine-from-practice", Physiotherapist.MAX_PRACTICE,
                last.map(Physiotherapist::practice));
        Label intro = new Label(i18n.get("routines.export.from.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(8, intro, labelled(i18n.get("routines.export.from.name"), name),
                labelled(i18n.get("routines.export.from.practice"), practice));
        content.setStyle("-fx-pref-width: 28em;");
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        ((Button) dialog.getDialogPane().lookupButton(next)).setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait().filter(b -> b == next)
                .map(b -> new Answer(Optional.ofNullable(Physiotherapist.of(name.getText(), practice.getText()))));
    }

    private static TextField field(String id, int max, Optional<String> text) {
        TextField field = new TextField(text.orElse(""));
        field.setId(id);
        UnaryOperator<TextFormatter.Change> limit = c -> c.getControlNewText().length() <= max ? c : null;
        field.setTextFormatter(new TextFormatter<>(limit));
        return field;
    }

    private static Node labelled(String words, TextField field) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        field.setAccessibleText(words);
        return new VBox(4, label, field);
    }
}
