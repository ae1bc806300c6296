package org.limber.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import org.limber.i18n.Languages;
import org.limber.i18n.Messages;
import org.limber.settings.Settings;

/** A second launch whose first instance did not answer: say so, touch nothing. */
public final class AlreadyRunning {

    private AlreadyRunning() {
    }

    public static void show(Path dataDir, Settings settings) {
        Messages i18n = new Messages(Languages.resolve(settings.language(), Languages.computer()));
        Alert alert = new Alert(Alert.AlertType.ERROR, i18n.get("instance.noAnswer.body", dataDir.toString()));
        alert.setTitle(i18n.get("app.name"));
        alert.setHeaderText(i18n.get("instance.noAnswer.header"));
        alert.getDialogPane().setId("instance-dialog");
        alert.showAndWait();
    }
}
