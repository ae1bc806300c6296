package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.profile.Profile;
import org.limber.routine.Routine;
import org.limber.storage.Database;
import org.limber.storage.SqlSafetyStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class OnboardingTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    @Test
    void theFirstRunAsksOnceAndATickedRedFlagShowsTheAdvice() throws Exception {
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitFor("#onboarding-accept");
        robot.clickOn("#onboarding-accept");
        harness.waitFor("#redflags-continue");
        robot.clickOn("#redflag-night-pain");
        robot.clickOn("#redflags-continue");
        harness.waitFor("#redflags-acknowledge");
        assertThat(robot.lookup("#onboarding").queryAs(Node.class).isVisible()).isTrue();
        robot.clickOn("#redflags-acknowledge");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#onboarding").queryAs(Node.class).isVisible()).isFalse();
        robot.clickOn("#nav-library");
        assertThat(showing(robot, "#page-library")).isTrue();
        harness.waitUntilSettled();
        harness.stop();
        try (Database db = Database.open(dataDir)) {
            assertThat(new SqlSafetyStore(db, Clock.systemUTC()).answers(Profile.ME).redFlags())
                    .as("kept with Me").containsExactly("night-pain");
        }

        robot = harness.startFresh(dataDir);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#onboarding-accept")).as("the second start goes straight in").isFalse();
        assertThat(robot.lookup("#onboarding").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void aCaudaEquinaSignShowsTheEmergencyScreenWhoseOnlyWayOnIsBackToTheAnswers() throws Exception {
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitFor("#onboarding-accept");
        robot.clickOn("#onboarding-accept");
        harness.waitFor("#redflags-continue");
        CheckBox saddle = robot.lookup("#redflag-saddle-numbness").queryAs(CheckBox.class);
        harness.waitFor(".onboarding-frame.settled");
        robot.interact(saddle::requestFocus);
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
        assertThat(saddle.isSelected()).as("Enter ticks, and a second Enter does not untick").isTrue();
        assertThat(showing(robot, "#redflags-continue")).as("Enter on a tick box never sends the answers").isTrue();
        robot.clickOn("#redflags-continue");
        harness.waitFor("#emergency-screen");
        assertThat(robot.lookup("#emergency-screen .button").queryAllAs(Button.class))
                .as("one button, back, and not the default").singleElement()
                .satisfies(b -> assertThat(b.isDefaultButton()).isFalse())
                .extracting(Node::getId).isEqualTo("emergency-back");
        assertThat(robot.lookup("#nav-library").query().isDisabled()).as("the window behind is closed").isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#emergency-screen")).as("a stray Enter leaves the emergency advice on screen")
                .isTrue();
        robot.clickOn("#emergency-back");
        harness.waitFor("#redflags-continue");
        assertThat(robot.lookup("#redflag-saddle-numbness").queryAs(CheckBox.class).isSelected())
                .isTrue();
        robot.clickOn("#redflag-saddle-numbness");
        robot.clickOn("#redflags-continue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#onboarding").query().isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTickedConditionShowsItsCautionOnTheStepsItConcerns() throws Exception {
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitFor("#onboarding-accept");
        robot.clickOn("#onboarding-accept");
        harness.waitFor("#redflags-continue");
        Node pregnancy = robot.lookup("#condition-pregnancy").query();
        robot.interact(pregnancy::requestFocus);
        robot.clickOn(pregnancy);
        robot.clickOn("#redflags-continue");
        harness.waitUntilDataIsOpen();
        robot.clickOn("#nav-routines");
        ListView<Routine> list =
                (ListView<Routine>) harness.waitFor("#routine-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(r -> r.name().equals("Breathing and relaxation")));
        Node cell = robot.lookup("#routine-list .list-cell").match(n ->
                ((ListCell<?>) n).getItem() instanceof Routine r
                        && r.name().equals("Breathing and relaxation")).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        Set<Label> cautions = robot.lookup("#routine-steps .step-caution").queryAllAs(
                Label.class);
        assertThat(cautions).anySatisfy(label -> {
            assertThat(label.isVisible()).isTrue();
            assertThat(label.getText()).contains("Pregnancy");
        });
    }

    @Test
    void withNothingTickedTheChecklistClosesStraightIn() throws Exception {
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitFor("#onboarding-accept");
        robot.clickOn("#onboarding-accept");
        harness.waitFor("#redflags-continue");
        // a page shortcut pressed during the check is not waiting behind it afterwards
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        robot.clickOn("#redflags-continue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#redflags-acknowledge")).isFalse();
        assertThat(robot.lookup("#onboarding").queryAs(Node.class).isVisible()).isFalse();
        assertThat(showing(robot, "#page-settings")).as("Ctrl+6 during the check").isFalse();
    }

    @Test
    void enterPressedAgainAndAgainNeverPassesTheCheckOrItsAdviceUnread() throws Exception {
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitFor("#onboarding-accept");
        harness.waitFor(".onboarding-frame.settled");
        robot.type(KeyCode.ENTER);
        harness.waitFor("#redflags-continue");
        robot.type(KeyCode.ENTER, 3);
        harness.waitFor(".onboarding-frame.settled");
        robot.type(KeyCode.ENTER, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#redflags-continue")).as("the checklist is still asking, focus on "
                + robot.listTargetWindows().get(0).getScene().getFocusOwner()).isTrue();
        assertThat(robot.lookup("#redflags-continue").queryButton().isFocused()).isFalse();

        for (CheckBox box : robot.lookup(".check-box").queryAllAs(CheckBox.class)) {
            robot.interact(() -> box.setSelected(false));
        }
        assertThat(robot.lookup("#redflags-continue").queryButton().getText()).contains("None of these");
        robot.clickOn("#redflag-night-pain");
        assertThat(robot.lookup("#redflags-continue").queryButton().getText()).doesNotContain("None of these");
        robot.clickOn("#redflags-continue");
        harness.waitFor("#redflags-acknowledge");
        harness.waitFor(".onboarding-frame.settled");
        robot.type(KeyCode.ENTER, 3).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#redflags-acknowledge")).as("the advice waits for its own button").isTrue();
    }

    @Test
    void theSafetyChecklistUsesTheHeightAndKeepsTheFocusedSignInViewWithAMargin() throws Exception {
        FxRobot robot = new FxRobot();
        Parent root = SmallWindow.openFresh(harness, dataDir);
        Button accept = (Button) harness.waitFor("#onboarding-accept");
        robot.interact(accept::fire);
        harness.waitFor("#redflags-continue");
        SmallWindow.layout(robot, root);
        ScrollPane scroll = (ScrollPane) root.lookup("#onboarding .scroll-pane");
        double height = root.getScene().getHeight();
        assertThat(scroll.getViewportBounds().getHeight()).as("the list's height").isGreaterThan(height * 0.6);
        robot.interact(() -> assertThat(WordAudit.brokenWords(root)).isEmpty());
        List<String> problems = new ArrayList<>();
        for (Node n : root.lookupAll("#onboarding .check-box")) {
            robot.interact(n::requestFocus);
            SmallWindow.layout(robot, root);
            robot.interact(() -> {
                Bounds box = n.localToScene(n.getLayoutBounds());
                Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                double margin = 12;
                boolean topOk = box.getMinY() >= view.getMinY() + margin || scroll.getVvalue() <= 0.0001;
                boolean bottomOk = box.getMaxY() <= view.getMaxY() - margin || scroll.getVvalue() >= 0.9999;
                if (!topOk || !bottomOk) {
                    problems.add(n.getId() + " at " + Math.round(box.getMinY()) + "-" + Math.round(box.getMaxY())
                            + " in " + Math.round(view.getMinY()) + "-" + Math.round(view.getMaxY()));
                }
            });
        }
        assertThat(problems).isEmpty();
        assertThat(((CheckBox) root.lookup("#condition-wrist")).getText()).isEqualTo("Handgelenksbeschwerden");
    }
}
