package org.limber.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.safety.RedFlags;

/** The when-to-see-a-doctor advice: the red flags, in plain words. */
public final class SafetyAdvice {


    private SafetyAdvice() {
    }

    public static VBox content(Messages i18n) {
        VBox box = new VBox(8);
        Label intro = new Label(i18n.get("safety.intro"));
        intro.setWrapText(true);
        box.getChildren().add(intro);
        for (String flag : RedFlags.KEYS) {
            Label line = new Label("\u2022 " + i18n.get("safety.flag." + flag));
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        Label urgent = new Label(i18n.get("safety.urgent"));
        urgent.setWrapText(true);
        urgent.getStyleClass().add("safety-urgent");
        box.getChildren().add(urgent);
        box.setMaxWidth(520);
        return box;
    }

    public static Alert show(Window owner, Messages i18n) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("safety.title"));
        alert.setHeaderText(i18n.get("safety.header"));
        alert.getDialogPane().setContent(content(i18n));
        alert.getDialogPane().setId("safety-advice");
        alert.show();
        return alert;
    }
}
