package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.history.SessionSummary;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new user, keyboard only: through the first-run screens, builds a routine, plays it, and
 * finds it in History. No click anywhere; every control is reached with Tab.
 */
class KeyboardOnlyTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();
    private FxRobot robot;

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void buildRunAndReviewWithTheKeyboardAlone() throws Exception {
        robot = harness.startFresh(dataDir);
        harness.waitFor("#onboarding-accept");
        harness.waitFor(".onboarding-frame.settled");
        robot.type(KeyCode.P).type(KeyCode.M);
        assertThat(robot.lookup("#who-me").queryAs(RadioButton.class).isSelected())
                .as("the letter picks who uses Limber on the notice card").isTrue();
        tabTo("onboarding-accept").type(KeyCode.SPACE);
        harness.waitFor("#redflags-continue");
        harness.waitFor(".onboarding-frame.settled");
        tabTo("redflags-continue").type(KeyCode.SPACE);
        harness.waitUntilDataIsOpen();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        harness.waitFor("#routine-list");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        tabTo("routine-name").push(KeyCode.CONTROL, KeyCode.A).write("Keyboard morning");
        tabTo("palette-search").write("pelvic tilt");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#routine-steps .list-cell").queryAll().stream()
                .anyMatch(n -> ((ListCell<?>) n).getItem() != null));
        tabTo("step-reps");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("1").type(KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#routine-save").queryButton().isDisabled());

        tabTo("routine-start").type(KeyCode.SPACE);
        harness.waitFor("#pain-before");
        harness.waitFor(".pain-scale.settled");
        robot.type(KeyCode.DIGIT4).type(KeyCode.ENTER);
        harness.waitFor("#player-phase");
        for (int i = 0; i < 40 && robot.lookup("#pain-after").tryQuery().isEmpty(); i++) {
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        }
        harness.waitFor("#pain-after");
        harness.waitFor(".pain-scale.settled");
        robot.type(KeyCode.DIGIT6);
        tabTo("session-save").type(KeyCode.SPACE);
        harness.waitFor("#main-root");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        TableView<?> table = (TableView<?>) harness.waitFor("#history-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        tabTo("history-table");
        SessionSummary session = (SessionSummary) table.getItems().get(0);
        assertThat(session.routineName()).isEqualTo("Keyboard morning");
        assertThat(session.painBefore()).isEqualTo(4);
        assertThat(session.painAfter()).as("chosen with the 6 key, nothing chosen for the person").isEqualTo(6);
    }

    /** Presses Tab until the control (or the control around the focused editor) has the id; fails after 60. */
    private FxRobot tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            if (focusedId().equals(id)) {
                return robot;
            }
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        StringBuilder trail = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Scene scene = Window.getWindows().stream().filter(Window::isShowing).reduce((a, b) -> b).get().getScene();
            trail.append(' ').append(focusedId()).append('/').append(scene.getFocusOwner());
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on " + focusedId() + trail);
    }

    private String focusedId() {
        Scene scene = Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .or(() -> Window.getWindows().stream().filter(Window::isShowing).reduce((a, b) -> b))
                .map(Window::getScene).orElse(null);
        if (scene == null) {
            return "";
        }
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n.getId();
            }
        }
        return "";
    }
}
