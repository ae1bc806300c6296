package org.limber.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.session.CueSupport;
import org.limber.settings.BackupControl;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.ui.common.AppSettings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Walk-through of issue 17: a restore is asked plainly, and Enter keeps the current data. */
class BackupsPaneTest {

    @TempDir
    Path dir;

    private final Messages i18n = new Messages(Locale.ENGLISH);
    private final List<BackupControl.Info> restored = new ArrayList<>();
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show() throws Exception {
        show(List.of(new BackupControl.Info(dir.resolve("b.db").toString(), "daily",
                LocalDateTime.of(2026, 11, 30, 9, 0), 1000)));
    }

    private void show(List<BackupControl.Info> backups) throws Exception {
        BackgroundExecutor now = BackgroundExecutor.sameThread();
        AppSettings settings = new AppSettings(Settings.defaults(), new SettingsStore(dir.resolve("settings.json")), now);
        BackupControl control = new BackupControl() {
            @Override
            public List<Info> list() {
                List<Info> all = new ArrayList<>();
                // every restore keeps what was in use as the newest entry of the list
                restored.forEach(r -> all.add(0, new Info(dir.resolve("aside.db").toString(), "before-restore",
                        LocalDateTime.of(2026, 12, 1, 10, 0), 1000)));
                all.addAll(backups);
                return all;
            }

            @Override
            public long currentBytes() {
                return 1000;
            }

            @Override
            public void restore(Info chosen) {
                restored.add(chosen);
            }
        };
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene((Parent) SettingsPage.create(
                    new SettingsViewModel(settings, dir.toString(), Locale.ENGLISH, Locale.ENGLISH, now, () -> { },
                            () -> new CueSupport(true, true, true, true)), new BackupsViewModel(control, now), i18n),
                    900, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Not through interact: the question waits for an answer inside the FX event. */
    private void askToRestore() {
        Button restore = robot.lookup("#backup-restore").queryButton();
        Platform.runLater(restore::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void enterAtTheQuestionKeepsTheCurrentDataAndOnlyRestoreRestores() throws Exception {
        show();
        ListView<BackupControl.Info> list = robot.lookup("#backup-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        askToRestore();
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane question = robot.lookup("#backup-confirm").queryAs(DialogPane.class);
        assertThat(question.getContentText()).contains("not deleted");
        Button keep = (Button) question.lookupButton(question.getButtonTypes().get(1));
        assertThat(keep.getText()).isEqualTo(i18n.get("settings.backups.confirm.no"));
        assertThat(keep.isDefaultButton()).isTrue();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(restored).as("Enter keeps the current data").isEmpty();

        askToRestore();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(i18n.get("settings.backups.confirm.yes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(restored).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void undoingARestoreIsAskedAsAnUndoAndTheFocusStaysOnTheList() throws Exception {
        show(List.of(new BackupControl.Info(dir.resolve("aside.db").toString(), "before-restore",
                LocalDateTime.of(2026, 11, 30, 9, 0), 1000)));
        ListView<BackupControl.Info> list = robot.lookup("#backup-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        askToRestore();
        DialogPane question = robot.lookup("#backup-confirm").queryAs(DialogPane.class);
        assertThat(question.getHeaderText()).isEqualTo(i18n.get("settings.backups.confirmUndo.title"));
        assertThat(question.getContentText()).startsWith("This undoes a restore");
        Button yes = (Button) question.lookupButton(question.getButtonTypes().get(0));
        assertThat(yes.getText()).isEqualTo(i18n.get("settings.backups.confirmUndo.yes"));

        robot.clickOn(yes);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(restored).hasSize(1);
        assertThat(list.isFocused()).as("the focus stays on the backups, not the next field of the page").isTrue();
        assertThat(list.getSelectionModel().getSelectedItem().kind()).isEqualTo("before-restore");
        assertThat(robot.lookup("#backup-message").queryLabeled().getText()).contains("now in use");
    }
}
