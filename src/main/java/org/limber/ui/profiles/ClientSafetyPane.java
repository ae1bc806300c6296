package org.limber.ui.profiles;

import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.library.Condition;
import org.limber.profile.Profile;
import org.limber.ui.common.Icons;
import org.limber.ui.common.SafetyChecklist;

/**
 * Under the profiles: where the chosen client's safety questions stand, and "Safety answers…",
 * which shows them as the first-run checklist does, for the physiotherapist to change.
 */
final class ClientSafetyPane {

    private ClientSafetyPane() {
    }

    static Node create(ClientSafetyViewModel vm, ObservableValue<Profile> selected, Messages i18n) {
        Label status = new Label();
        status.setId("profile-safety-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        // a failed read is said in the same place, as a problem
        status.textProperty().bind(Bindings.createStringBinding(() -> vm.problemProperty().get() != null
                ? vm.problemProperty().get().text(i18n) : statusText(vm, i18n),
                vm.statusProperty(), vm.profileProperty(), vm.problemProperty()));
        vm.problemProperty().addListener((obs, old, now) -> {
            status.getStyleClass().remove("problem-text");
            if (now != null) {
                status.getStyleClass().add("problem-text");
            }
        });
        Button edit = new Button(i18n.get("profiles.safety.edit"), Icons.icon("mdi2c-clipboard-check-outline"));
        edit.setId("profile-safety");
        edit.setMinWidth(Region.USE_PREF_SIZE);
        edit.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.editable() || vm.statusProperty().get() == null,
                vm.profileProperty(), vm.statusProperty()));
        edit.setOnAction(e -> dialog(vm, i18n, edit.getScene().getWindow()));
        selected.addListener((obs, old, now) -> vm.show(now));
        vm.show(selected.getValue());
        VBox box = new VBox(6, status, edit);
        box.visibleProperty().bind(vm.profileProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static String statusText(ClientSafetyViewModel vm, Messages i18n) {
        Profile who = vm.profileProperty().get();
        if (who == null || vm.statusProperty().get() == null) {
            return "";
        }
        if (!vm.editable()) {
            return i18n.get("profiles.safety.me");
        }
        return switch (vm.statusProperty().get()) {
            case NOT_ASKED -> i18n.get("profiles.safety.notAsked", who.name());
            case ASK_AGAIN -> i18n.get("profiles.safety.askAgain", who.name());
            case ANSWERED -> i18n.get("profiles.safety.answered", vm.conditions().isEmpty()
                    ? i18n.get("profiles.safety.noConditions")
                    : Arrays.stream(Condition.values()).filter(c -> vm.conditions().contains(c.code()))
                            .map(c -> i18n.get("condition." + c.code())).collect(Collectors.joining(", ")));
        };
    }

    /** The checklist for the chosen client; Save keeps the answers, Cancel forgets the changes. */
    private static void dialog(ClientSafetyViewModel vm, Messages i18n, Window owner) {
        String name = vm.profileProperty().get().name();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("profiles.safety.dialog.title"));
        dialog.setHeaderText(i18n.get("profiles.safety.dialog.header", name));
        dialog.getDialogPane().setId("profile-safety-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(i18n.get("profiles.safety.save"));
        Label intro = new Label(i18n.get("profiles.safety.dialog.intro", name));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox body = new VBox(12, intro, SafetyChecklist.of(i18n, "client-", vm.ticked(), vm.conditions(),
                i18n.get("conditions.intro.client", name)));
        body.setStyle("-fx-padding: 0 1em 0 0;");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(560);
        scroll.setPrefViewportHeight(owner == null ? 400 : Math.max(200, owner.getHeight() * 0.55));
        dialog.getDialogPane().setContent(scroll);
        dialog.setResizable(true);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ButtonType.OK) {
                vm.save();
            } else {
                vm.revert();
            }
        });
        dialog.show();
    }
}
