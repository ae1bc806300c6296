package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.library.Exercise;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class RoutineBuilderPageTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void buildARoutineThroughTheContractIdsAndSaveIt() throws Exception {
        FxRobot robot = harness.start(dataDir);
        robot.clickOn("#nav-routines");
        ListView<Routine> routines = (ListView<Routine>) harness.waitFor("#routine-list");
        harness.waitUntilDataIsOpen();
        WaitForAsyncUtils.waitForFxEvents();
        int before = routines.getItems().size();

        robot.clickOn("#routine-new");
        robot.clickOn("#routine-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Evening stretch");
        ListView<Exercise> palette = robot.lookup("#palette-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !palette.getItems().isEmpty());
        robot.clickOn("#palette-search").write("knee-to");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> palette.getSelectionModel().select(
                palette.getItems().stream().filter(e -> e.id().equals("knee-to-chest")).findFirst().orElseThrow()));
        robot.clickOn("#step-add");
        robot.doubleClickOn("#palette-search").write("bridge");
        robot.interact(() -> palette.getSelectionModel().selectFirst());
        robot.clickOn("#step-add");

        ListView<Step> steps = robot.lookup("#routine-steps").queryAs(ListView.class);
        assertThat(steps.getItems()).extracting(Step::exerciseId).containsExactly("knee-to-chest", "bridge");
        String totalBefore = robot.lookup("#routine-duration").queryAs(Label.class).getText();

        robot.clickOn(robot.lookup("#routine-steps .list-cell").nth(0).queryAs(Node.class));
        Spinner<Integer> hold = robot.lookup("#step-hold").queryAs(Spinner.class);
        robot.doubleClickOn(hold.getEditor()).eraseText(6).write("45");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(steps.getItems().get(0).dosage().holdSeconds()).isEqualTo(45);
        assertThat(robot.lookup("#routine-duration").queryAs(Label.class).getText()).isNotEqualTo(totalBefore);

        robot.doubleClickOn(hold.getEditor()).eraseText(6).write("-5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#step-hold-problem").queryAs(Label.class).getText()).contains("whole number");
        Spinner<Integer> sets = robot.lookup("#step-sets").queryAs(Spinner.class);
        int setsBefore = steps.getItems().get(0).dosage().sets();
        robot.doubleClickOn(sets.getEditor()).eraseText(6).write("0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#step-sets-problem").queryAs(Label.class).getText()).contains("1 to 20");
        assertThat(steps.getItems().get(0).dosage().sets()).isEqualTo(setsBefore);
        assertThat(steps.getItems().get(0).dosage().holdSeconds()).isEqualTo(45);

        robot.clickOn(robot.lookup("#routine-steps .list-cell").nth(1).queryAs(Node.class));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertThat(steps.getItems()).extracting(Step::exerciseId).containsExactly("bridge", "knee-to-chest");

        robot.clickOn("#routine-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> routines.getItems().size() == before + 1);
        assertThat(routines.getItems()).extracting(Routine::name).contains("Evening stretch");
        Routine saved = routines.getItems().stream().filter(r -> r.name().equals("Evening stretch")).findFirst().orElseThrow();
        assertThat(saved.steps()).extracting(Step::exerciseId).containsExactly("bridge", "knee-to-chest");
        assertThat(saved.steps().get(1).dosage().holdSeconds()).isEqualTo(45);

        // leaving with unsaved changes and choosing Save: the page changes once the save is done
        robot.clickOn("#routine-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Evening stretch, longer");
        robot.clickOn("#nav-history");
        harness.waitFor("#unsaved-dialog");
        robot.clickOn(robot.lookup("#unsaved-dialog .button").match(
                (Button b) -> "Save".equals(b.getText())).queryButton());
        harness.waitFor("#history-table");
        assertThat(routines.getItems()).extracting(Routine::name).contains("Evening stretch, longer");
    }

    @Test
    void theRoutineEditorFitsTheWindowWidthAndCutsNoText() throws Exception {
        FxRobot robot = new FxRobot();
        Parent root = SmallWindow.open(harness, dataDir);
        robot.clickOn("#nav-routines");
        harness.waitUntilSettled();
        robot.clickOn(robot.lookup("#routine-list .list-cell").nth(0).queryAs(Node.class));
        harness.waitUntilSettled();
        robot.interact(() -> ((ListView<?>) root.lookup("#routine-steps")).getSelectionModel().select(0));
        SmallWindow.layout(robot, root);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            assertThat(root.lookup("#step-note").isVisible()).as("the editor shows a step").isTrue();
            problems.addAll(WordAudit.outsideSideways(root));
            Parent page = (Parent) root.lookup("#page-routines");
            problems.addAll(SceneAudit.truncatedText(page));
            problems.addAll(WordAudit.brokenWords(page));
        });
        assertThat(problems).isEmpty();
    }
}
