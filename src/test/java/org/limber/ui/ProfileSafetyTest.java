package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.library.Exercise;
import org.limber.profile.Profile;
import org.limber.routine.Routine;
import org.limber.safety.RedFlags;
import org.limber.safety.SafetyAnswers;
import org.limber.storage.Database;
import org.limber.storage.SqlSafetyStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Each profile's own conditions: a physiotherapist's first run, a client's checklist, and the cautions that follow. */
class ProfileSafetyTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClientWithPregnancySeesItsCautionInTheBuilderAndMeDoesNot() throws Exception {
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitFor("#onboarding-accept");
        harness.waitFor(".onboarding-frame.settled");
        robot.type(KeyCode.P);
        robot.clickOn("#onboarding-accept");
        harness.waitFor("#page-profiles");
        assertThat(robot.lookup("#onboarding").query().isVisible()).as("no checklist for the therapist").isFalse();
        harness.waitUntilDataIsOpen();

        robot.clickOn("#profile-name").write("Anna");
        robot.clickOn("#profile-add");
        ListView<Profile> list = robot.lookup("#profile-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        Profile anna = list.getItems().stream().filter(p -> p.name().equals("Anna")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(anna));
        harness.waitUntilSettled();
        Label status = robot.lookup("#profile-safety-status").queryAs(Label.class);
        assertThat(status.getText()).contains("not asked yet");

        robot.clickOn("#profile-safety");
        DialogPane dialog = (DialogPane) harness.waitFor("#profile-safety-dialog");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog.getScene().getWindow().isShowing());
        assertThat(robot.lookup("#client-condition-pregnancy").queryAs(CheckBox.class)
                .isSelected()).as("a new client starts with none ticked").isFalse();
        robot.interact(() -> robot.lookup("#client-condition-pregnancy").queryAs(CheckBox.class)
                .setSelected(true));
        Button save = (Button) dialog.lookupButton(ButtonType.OK);
        Platform.runLater(save::fire);
        WaitForAsyncUtils.waitForFxEvents();
        harness.waitUntilSettled();
        assertThat(status.getText()).contains("Pregnancy");

        ComboBox<Profile> switcher = robot.lookup("#profile-switch").queryAs(ComboBox.class);
        robot.interact(() -> switcher.setValue(anna));
        harness.waitUntilSettled();
        addBridge(robot);
        assertThat(cautions(robot)).as("Anna's caution on the bridge").anyMatch(text -> text.contains("Pregnancy"));
        robot.interact(() -> robot.lookup("#main-root").queryAs(Parent.class).getScene().getWindow().setWidth(1024));
        harness.waitUntilSettled();
        robot.interact(() -> assertThat(SceneAudit.truncatedText(robot.lookup("#routine-steps").queryAs(Parent.class)))
                .as("a caution is read in full, not cut with an ellipsis").isEmpty());
        robot.clickOn("#routine-save");
        harness.waitUntilSettled();

        Profile me = list.getItems().stream().filter(p -> p.id().equals(Profile.ME)).findFirst().orElseThrow();
        robot.interact(() -> switcher.setValue(me));
        harness.waitUntilSettled();
        addBridge(robot);
        assertThat(cautions(robot)).as("not Anna's, not anyone's").isEmpty();
        robot.clickOn("#routine-save");
        harness.waitUntilSettled();
    }

    @Test
    void theAnswersOfAnEarlierVersionMoveToMeOnce() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("settings.json"), "{\"onboardingAccepted\": true, \"redFlags\": [\"night-pain\"],"
                + " \"conditions\": [\"pregnancy\"], \"safetyCheck\": " + RedFlags.VERSION + "}");
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitUntilDataIsOpen();
        assertThat(robot.lookup("#onboarding").query().isVisible()).as("answered: not asked again").isFalse();
        addBridge(robot);
        assertThat(cautions(robot)).anyMatch(text -> text.contains("Pregnancy"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Files.readString(dataDir.resolve("settings.json"))
                .contains("redFlags"));
        harness.stop();
        try (Database db = Database.open(dataDir)) {
            assertThat(new SqlSafetyStore(db, Clock.systemUTC()).answers(Profile.ME))
                    .isEqualTo(new SafetyAnswers(List.of("night-pain"), List.of("pregnancy"), RedFlags.VERSION));
        }
    }

    @Test
    void theFirstSessionForAClientNobodyAnsweredForAsksItsQuestionsFirst() throws Exception {
        FxRobot robot = harness.start(dataDir);
        harness.waitUntilDataIsOpen();
        robot.clickOn("#nav-profiles");
        robot.clickOn("#profile-name").write("Ben");
        robot.clickOn("#profile-add");
        harness.waitUntilSettled();
        @SuppressWarnings("unchecked")
        ComboBox<Profile> switcher = robot.lookup("#profile-switch").queryAs(ComboBox.class);
        Profile ben = switcher.getItems().stream().filter(p -> p.name().equals("Ben")).findFirst().orElseThrow();
        robot.interact(() -> switcher.setValue(ben));
        harness.waitUntilSettled();
        addBridge(robot);
        robot.clickOn("#routine-start");
        harness.waitFor("#redflags-continue");
        assertThat(robot.lookup("#onboarding .title-2").queryLabeled().getText()).contains("Ben");
        Node knee = robot.lookup("#condition-knee").query();
        robot.interact(knee::requestFocus);
        robot.clickOn(knee);
        robot.clickOn("#redflags-continue");
        harness.waitFor("#pain-before");
        harness.stop();
        try (Database db = Database.open(dataDir)) {
            assertThat(new SqlSafetyStore(db, Clock.systemUTC()).answers(ben.id()).conditions()).containsExactly("knee");
        }
    }

    /** A new routine with the bridge (it has a caution for pregnancy) for the active profile. */
    @SuppressWarnings("unchecked")
    private static void addBridge(FxRobot robot) throws Exception {
        robot.clickOn("#nav-routines");
        robot.clickOn("#routine-new");
        ListView<Exercise> palette = robot.lookup("#palette-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !palette.getItems().isEmpty());
        robot.interact(() -> palette.getSelectionModel().select(
                palette.getItems().stream().filter(e -> e.id().equals("bridge")).findFirst().orElseThrow()));
        robot.clickOn("#step-add");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> steps = robot.lookup("#routine-steps").queryAs(ListView.class);
        assertThat(steps.getItems()).hasSize(1);
    }

    private static List<String> cautions(FxRobot robot) {
        return robot.lookup("#routine-steps .step-caution").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).filter(text -> !text.isBlank()).toList();
    }
}
