package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.library.Exercise;
import org.limber.plan.Plan;
import org.limber.profile.Profile;
import org.limber.routine.Routine;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A physiotherapist adds a client, writes them a routine and a plan: the routine is on the client's Today. */
class PlansTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewClientWithAPlanFindsTheRoutineOnToday() throws Exception {
        FxRobot robot = harness.start(dataDir);
        harness.waitUntilDataIsOpen();
        robot.clickOn("#nav-profiles");
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .as("the person's own plans are not 'Plans for Me'").contains("Your plans");
        robot.clickOn("#profile-name").write("Ann Example");
        robot.clickOn("#profile-add");
        ListView<Profile> people = robot.lookup("#profile-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> people.getItems().size() == 2);
        Profile ann = people.getItems().stream().filter(p -> p.name().equals("Ann Example")).findFirst().orElseThrow();
        ComboBox<Profile> switcher = robot.lookup("#profile-switch").queryAs(ComboBox.class);
        robot.interact(() -> switcher.setValue(ann));

        robot.clickOn("#nav-routines");
        ListView<Routine> routines = (ListView<Routine>) harness.waitFor("#routine-list");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, routines.getItems()::isEmpty);
        robot.clickOn("#routine-new");
        robot.clickOn("#routine-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Ann's mornings");
        ListView<Exercise> palette = robot.lookup("#palette-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !palette.getItems().isEmpty());
        robot.interact(() -> palette.getSelectionModel().selectFirst());
        robot.clickOn("#step-add");
        robot.clickOn("#routine-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> routines.getItems().size() == 1);

        robot.clickOn("#nav-profiles");
        robot.clickOn("#plan-add");
        harness.waitFor("#plan-dialog");
        robot.clickOn("#plan-times").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("8:00, 18:00");
        robot.clickOn(robot.lookup("#plan-dialog .button").match((Node n) -> n instanceof Button b
                && b.isDefaultButton()).queryButton());
        ListView<Plan> plans = robot.lookup("#plan-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> plans.getItems().size() == 1);
        assertThat(plans.getItems().get(0).times()).hasSize(2);

        robot.clickOn("#nav-today");
        Pane due = robot.lookup("#today-plans").queryAs(Pane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(due).lookup(".label")
                .queryAllAs(Labeled.class).stream().anyMatch(l -> "Ann's mornings".equals(l.getText())));
        assertThat(robot.from(due).lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("0 of 2 done");

        Profile me = people.getItems().stream().filter(p -> p.id().equals(Profile.ME)).findFirst().orElseThrow();
        robot.interact(() -> switcher.setValue(me));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(due).lookup(".label")
                .queryAllAs(Labeled.class).stream().noneMatch(l -> "Ann's mornings".equals(l.getText())));

        // deleting the routine says that its plan ends with it, and Enter keeps both
        robot.interact(() -> switcher.setValue(ann));
        robot.clickOn("#nav-routines");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> routines.getItems().size() == 1);
        robot.interact(() -> routines.getSelectionModel().select(0));
        robot.clickOn(routines).type(KeyCode.DELETE);
        DialogPane question = (DialogPane) harness.waitFor("#delete-dialog");
        assertThat(question.getContentText()).contains("One plan uses this routine");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(routines.getItems()).as("Enter keeps the routine").hasSize(1);
        robot.clickOn("#nav-profiles");
        assertThat(plans.getItems()).as("and its plan").hasSize(1);

        robot.clickOn("#nav-routines");
        robot.interact(() -> routines.getSelectionModel().select(0));
        robot.clickOn(routines).type(KeyCode.DELETE);
        harness.waitFor("#delete-dialog");
        robot.clickOn("Delete and end the plans");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, routines.getItems()::isEmpty);
        robot.clickOn("#nav-profiles");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, plans.getItems()::isEmpty);
    }
}
