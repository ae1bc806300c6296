package org.limber.ui.results;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.profile.Profile;
import org.limber.ui.common.Failure;

/** A person new here: their results go to a client picked from the list, or to a new one. Cancel is the default. */
final class ClientChoiceDialog {

    /** The answer: an existing client, or the name of a new one. */
    record Choice(Profile existing, String newName) {
    }

    private ClientChoiceDialog() {
    }

    static Optional<Choice> ask(Window owner, ImportResultsViewModel vm, ImportResultsViewModel.Pending pending,
            Messages i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("results.import.title"));
        dialog.setHeaderText(i18n.get("results.import.choose.header", pending.personName()));
        dialog.getDialogPane().setId("results-client-dialog");
        ButtonType go = new ButtonType(i18n.get("results.import.yes"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);

        ToggleGroup group = new ToggleGroup();
        RadioButton asNew = new RadioButton(i18n.get("results.import.choose.new"));
        asNew.setId("results-client-new");
        asNew.setToggleGroup(group);
        TextField name = new TextField(pending.personName());
        name.setId("results-client-name");
        name.setAccessibleText(i18n.get("results.import.choose.new"));
        RadioButton existing = new RadioButton(i18n.get("results.import.choose.existing"));
        existing.setId("results-client-existing");
        existing.setToggleGroup(group);
        ComboBox<Profile> clients = new ComboBox<>();
        clients.getItems().setAll(pending.clients());
        clients.setId("results-client-list");
        clients.setAccessibleText(i18n.get("results.import.choose.existing"));
        clients.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Profile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        clients.setButtonCell(clients.getCellFactory().call(null));
        existing.setDisable(pending.clients().isEmpty());
        asNew.setSelected(true);
        name.disableProperty().bind(asNew.selectedProperty().not());
        clients.disableProperty().bind(existing.selectedProperty().not());
        Label problem = new Label();
        problem.setId("results-client-problem");
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());
        Label intro = new Label(i18n.get("results.import.choose.body", pending.sessions(), pending.file().toString()));
        intro.setWrapText(true);
        VBox content = new VBox(8, intro, asNew, name, existing, clients, problem);
        content.setMaxWidth(520);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);

        Button ok = (Button) dialog.getDialogPane().lookupButton(go);
        ok.setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Failure> wrong = asNew.isSelected() ? vm.checkName(name.getText())
                    : clients.getValue() == null ? Optional.of(Failure.of("results.import.choose.none"))
                    : Optional.empty();
            problem.setText(wrong.map(f -> f.text(i18n)).orElse(""));
            problem.setVisible(wrong.isPresent());
            if (wrong.isPresent()) {
                e.consume();
            }
        });
        dialog.setResizable(true);
        return dialog.showAndWait().filter(b -> b == go)
                .map(b -> asNew.isSelected() ? new Choice(null, name.getText()) : new Choice(clients.getValue(), null));
    }
}
