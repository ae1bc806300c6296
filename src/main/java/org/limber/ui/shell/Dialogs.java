package org.limber.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import java.nio.file.Path;

/** The shell's dialogs. Shown without blocking, so nothing waits on them. */
public final class Dialogs {

    private Dialogs() {
    }

    public static Alert about(Window owner, Messages i18n, String version, String dataDir) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("about.title"));
        alert.setHeaderText(i18n.get("about.header", version));
        Label body = new Label(i18n.get("about.body", dataDir));
        body.setWrapText(true);
        body.setMaxWidth(440);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId("about-dialog");
        alert.show();
        return alert;
    }

    /** Asks whether to put the newest good backup in place of a damaged file. */
    public static boolean confirmRestore(Window owner, Messages i18n, Path file, String when) {
        ButtonType restore = new ButtonType(i18n.get("db.damaged.restore"),
                ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, i18n.get("db.damaged.body", file.toString(), when),
                restore, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("db.error.title"));
        alert.setHeaderText(i18n.get("db.damaged.header"));
        alert.getDialogPane().setId("db-damaged-dialog");
        return alert.showAndWait().filter(b -> b == restore).isPresent();
    }

    /** {@code reason} names a {@code db.error.reason.*} key (the technical detail is in the log). */
    public static Alert databaseError(Window owner, Messages i18n, Path file, String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("db.error.title"));
        alert.setHeaderText(i18n.get("db.error.header"));
        String explanation = i18n.get("db.error.reason." + reason);
        Label body = new Label(i18n.get("db.error.body", file.toString(), explanation));
        body.setId("db-error-text");
        body.setWrapText(true);
        body.setMaxWidth(520);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId("db-error-dialog");
        alert.show();
        return alert;
    }
}
