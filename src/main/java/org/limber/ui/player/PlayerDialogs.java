package org.limber.ui.player;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.ui.common.SafetyAdvice;

/** The player's two questions: stop now? and, after "It hurts", what next. */
final class PlayerDialogs {

    private PlayerDialogs() {
    }

    static void confirmStop(Window owner, Messages i18n, SessionViewModel vm) {
        boolean wasPaused = vm.pausedProperty().get();
        if (!wasPaused) {
            vm.togglePause();
        }
        ButtonType stop = new ButtonType(i18n.get("player.confirmStop.stop"), ButtonBar.ButtonData.YES);
        ButtonType carry = new ButtonType(i18n.get("player.confirmStop.continue"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("player.confirmStop.body"), stop, carry);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("player.confirmStop.title"));
        alert.setHeaderText(i18n.get("player.confirmStop.header"));
        alert.getDialogPane().setId("stop-dialog");
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isPresent() && choice.get() == stop) {
            vm.stop();
        } else if (!wasPaused) {
            vm.togglePause();
        }
    }

    static void hurts(Window owner, Messages i18n, SessionViewModel vm) {
        boolean wasPaused = vm.pausedProperty().get();
        vm.hurts();
        ButtonType skip = new ButtonType(i18n.get("player.hurts.skip"), ButtonBar.ButtonData.YES);
        ButtonType stop = new ButtonType(i18n.get("player.hurts.stop"), ButtonBar.ButtonData.NO);
        ButtonType carry = new ButtonType(i18n.get("player.hurts.carryOn"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, null, skip, stop, carry);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("player.hurts.title"));
        alert.setHeaderText(i18n.get("player.hurts.header"));
        CheckBox severe = new CheckBox(i18n.get("player.hurts.severe"));
        severe.setId("hurts-severe");
        severe.setWrapText(true);
        Label body = new Label(i18n.get("player.hurts.body"));
        body.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(12, body, severe));
        alert.getDialogPane().setId("hurts-dialog");
        Optional<ButtonType> choice = alert.showAndWait();
        if (severe.isSelected()) {
            vm.stop();
            SafetyAdvice.show(owner, i18n);
            return;
        }
        if (choice.isPresent() && choice.get() == skip) {
            vm.skipExercise();
        } else if (choice.isPresent() && choice.get() == stop) {
            vm.stop();
        } else if (!wasPaused) {
            vm.togglePause();
        }
    }
}
