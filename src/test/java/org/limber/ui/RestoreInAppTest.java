package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Third walk-through: after a restore in the running app the header's profile box was blank. */
class RestoreInAppTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private static String shown(ComboBox<?> box) {
        return ((Labeled) ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode()).getText();
    }

    @Test
    void theHeaderStillShowsWhoseDataItIsAfterARestore() throws Exception {
        // the walk-through's hardest case: 1024x600, the largest text, German, dark
        SmallWindow.open(harness, dataDir);
        FxRobot robot = new FxRobot();
        ComboBox<?> box = robot.lookup("#profile-switch").queryAs(ComboBox.class);
        String before = shown(box);
        assertThat(before).isNotBlank();

        robot.interact(() -> robot.lookup("#nav-settings").queryAs(ButtonBase.class).fire());
        ListView<?> backups = (ListView<?>) harness.waitFor("#backup-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !backups.getItems().isEmpty());
        robot.interact(() -> backups.getSelectionModel().select(0));
        Button restore = robot.lookup("#backup-restore").queryButton();
        Platform.runLater(restore::fire);
        DialogPane question = (DialogPane) harness.waitFor("#backup-confirm");
        Button yes = (Button) question.lookupButton(question.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> yes.getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(SceneAudit.truncatedText(question)).as("the question's words and buttons")
                .isEmpty());
        robot.clickOn(yes);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#backup-message").queryLabeled().getText().isBlank());
        harness.waitUntilSettled();
        assertThat(shown(box)).as("the profile box after the restore: value %s of %s", box.getValue(), box.getItems()).isEqualTo(before);
    }
}
