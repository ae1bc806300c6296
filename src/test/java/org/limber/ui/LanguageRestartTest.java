package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.history.HistoryStore;
import org.limber.profile.Profile;
import org.limber.routine.Routine;
import org.limber.safety.RedFlags;
import org.testfx.api.FxRobot;

/**
 * Started in English (the templates become the person's routines in English), switched to German
 * in Settings and restarted with "Restart now": the window, "Me" and the built-in routines are German.
 */
class LanguageRestartTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void restartNowShowsEverythingInTheNewLanguage() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("settings.json"), "{\"onboardingAccepted\": true, \"safetyCheck\": "
                + RedFlags.VERSION + ", \"language\": \"en\"}");
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitUntilSettled();
        robot.interact(() -> ((ButtonBase) robot.lookup("#nav-routines").query()).fire());
        harness.waitUntilSettled();
        assertThat(routineNames(robot)).contains("Lower-back yoga");

        robot.interact(() -> ((ButtonBase) robot.lookup("#nav-profiles").query()).fire());
        harness.waitUntilSettled();
        robot.interact(() -> robot.lookup("#profile-name").queryTextInputControl().setText("Anna"));
        robot.interact(() -> robot.lookup("#profile-add").queryButton().fire());
        harness.waitUntilSettled();
        ComboBox<Profile> before = robot.lookup("#profile-switch").queryAs(ComboBox.class);
        robot.interact(() -> before.setValue(before.getItems().stream().filter(p -> p.name().equals("Anna"))
                .findFirst().orElseThrow()));
        harness.waitUntilSettled();

        robot.interact(() -> ((ButtonBase) robot.lookup("#nav-settings").query()).fire());
        harness.waitUntilSettled();
        Button restartNow = robot.lookup("#settings-language-restart-now").queryAs(Button.class);
        assertThat(restartNow.isVisible()).as("offered only after a change").isFalse();
        robot.interact(() -> ((ComboBox<String>) robot.lookup("#settings-language").query()).setValue("de"));
        assertThat(restartNow.isVisible()).isTrue();
        assertThat(restartNow.getText()).isEqualTo("Restart now");
        robot.interact(restartNow::fire);
        harness.waitUntilSettled();

        assertThat(robot.lookup("#nav-settings").queryAs(Labeled.class).getText()).isEqualTo("Einstellungen");
        ComboBox<?> switcher = robot.lookup("#profile-switch").queryAs(ComboBox.class);
        assertThat(((Labeled) ((ComboBoxListViewSkin<?>) switcher.getSkin()).getDisplayNode()).getText())
                .as("the client who was active stays active").isEqualTo("Anna");
        ComboBox<Profile> after = (ComboBox<Profile>) switcher;
        robot.interact(() -> after.setValue(after.getItems().stream().filter(p -> p.id().equals(Profile.ME))
                .findFirst().orElseThrow()));
        harness.waitUntilSettled();
        assertThat(after.getValue().name()).isEqualTo("Ich");
        robot.interact(() -> ((ButtonBase) robot.lookup("#nav-routines").query()).fire());
        harness.waitUntilSettled();
        assertThat(routineNames(robot)).contains("Yoga für den unteren Rücken").doesNotContain("Lower-back yoga");
        robot.interact(() -> ((ButtonBase) robot.lookup("#nav-history").query()).fire());
        harness.waitUntilSettled();
        ComboBox<HistoryStore.Profile> whose = robot.lookup("#history-profile").queryAs(ComboBox.class);
        assertThat(whose.getItems()).extracting(HistoryStore.Profile::name).contains("Ich").doesNotContain("Me");
        assertThat(Files.readString(dataDir.resolve("settings.json"))).containsPattern("\"language\"\\s*:\\s*\"de\"");
    }

    @SuppressWarnings("unchecked")
    private static List<String> routineNames(FxRobot robot) {
        ListView<Routine> list = robot.lookup("#routine-list").queryAs(ListView.class);
        return list.getItems().stream().map(Routine::name).toList();
    }
}
