package org.limber.ui.profiles;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.profile.Profile;
import org.limber.ui.common.Failure;
import org.limber.ui.common.Icons;
import org.limber.ui.common.Rows;

/** Profiles: "Me" and a physiotherapist's clients; add, make active, delete (after asking). */
public final class ProfilesPage {

    private ProfilesPage() {
    }

    /**
     * {@code importResults}: "Import results…" (a client's results file) over the given window;
     * {@code clients}: the clients overview, below the profiles and plans; {@code safety}: the chosen
     * client's safety answers.
     */
    public static Node create(ProfilesViewModel vm, ClientSafetyViewModel safety, Messages i18n,
            Consumer<Profile> choose, Consumer<Window> importResults, Node plans, Node clients) {
        Label title = new Label(i18n.get("nav.profiles"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(i18n.get("profiles.intro"));
        intro.setWrapText(true);
        ListView<Profile> list = new ListView<>(vm.profiles());
        list.setId("profile-list");
        list.setAccessibleText(i18n.get("profiles.list.a11y"));
        list.setPrefHeight(260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Profile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + (item.notes().isBlank() ? "" : " \u00b7 " + item.notes())
                        + (item.id().equals(vm.activeId()) ? "   " + i18n.get("profiles.active") : ""));
            }
        });
        vm.activeProperty().addListener((obs, old, now) -> list.refresh());
        Button use = new Button(i18n.get("profiles.use"), Icons.icon("mdi2a-account-check-outline"));
        use.setId("profile-use");
        use.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        use.setOnAction(e -> choose.accept(list.getSelectionModel().getSelectedItem()));
        Button delete = new Button(i18n.get("profiles.delete"), Icons.icon("mdi2d-delete-outline"));
        delete.setId("profile-delete");
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Profile p = list.getSelectionModel().getSelectedItem();
            return p == null || Profile.ME.equals(p.id());
        }, list.getSelectionModel().selectedItemProperty()));
        delete.setOnAction(e -> {
            Profile p = list.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("profiles.delete.body"),
                    ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(delete.getScene().getWindow());
            confirm.setHeaderText(i18n.get("profiles.delete.header", p.name()));
            confirm.getDialogPane().setId("profile-delete-dialog");
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.delete(p));
        });

        Button results = new Button(i18n.get("results.import"), Icons.icon("mdi2f-file-import-outline"));
        results.setId("results-import");
        results.setTooltip(new Tooltip(i18n.get("results.import.tooltip")));
        results.setOnAction(e -> importResults.accept(results.getScene().getWindow()));
        TextField name = new TextField();
        name.setId("profile-name");
        name.setPromptText(i18n.get("profiles.name.prompt"));
        name.setAccessibleText(i18n.get("profiles.name.prompt"));
        name.textProperty().bindBidirectional(vm.nameProperty());
        TextField notes = new TextField();
        notes.setId("profile-notes");
        notes.setPromptText(i18n.get("profiles.notes.prompt"));
        notes.setAccessibleText(i18n.get("profiles.notes.prompt"));
        notes.textProperty().bindBidirectional(vm.notesProperty());
        Button add = new Button(i18n.get("profiles.add"), Icons.icon("mdi2a-account-plus-outline"));
        add.setId("profile-add");
        add.setDefaultButton(false);
        add.setOnAction(e -> vm.add());
        name.setOnAction(e -> vm.add());
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.setId("profile-problem");
        Failure.show(problem, vm.problemProperty(), i18n);
        VBox box = new VBox(12, title, intro, list, Rows.of(8, use, delete, results),
                ClientSafetyPane.create(safety, list.getSelectionModel().selectedItemProperty(), i18n),
                new Label(i18n.get("profiles.new")), Rows.of(8, name, notes, add), problem);
        box.setMaxWidth(560);
        FlowPane columns = new FlowPane(32, 24, box, plans);
        columns.setPadding(new Insets(24));
        if (plans instanceof Region region) {
            region.setMaxWidth(560);
            region.setPrefWidth(430);
        }
        box.setPrefWidth(430);
        VBox.setMargin(clients, new Insets(0, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(new VBox(columns, clients));
        scroll.setFitToWidth(true);
        return scroll;
    }
}
