package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.layout.BorderStroke;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.settings.Settings;
import org.limber.ui.shell.Page;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Every page in every theme: each focusable control has a name, each text enough contrast, the focus ring shows. */
class AccessibilityTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void everyPageInEveryThemeNamesItsControlsAndHasReadableText() throws Exception {
        FxRobot robot = harness.start(dataDir);
        harness.waitUntilDataIsOpen();
        Parent root = robot.lookup("#main-root").queryParent();
        List<String> problems = new ArrayList<>();
        for (Settings.Theme theme : Settings.Theme.values()) {
            for (Page page : Page.values()) {
                robot.clickOn("#" + page.navId());
                harness.waitUntilSettled();
                robot.interact(() -> {
                    root.applyCss();
                    root.layout();
                    SceneAudit.unnamedControls(root).forEach(p -> problems.add(theme + " " + page + " unnamed: " + p));
                    SceneAudit.iconButtonsWithoutHelp(root).forEach(p -> problems.add(theme + " " + page + " icon only: " + p));
                    SceneAudit.lowContrastText(root, SceneAudit.TEXT_CONTRAST)
                            .forEach(p -> problems.add(theme + " " + page + " contrast: " + p));
                });
            }
            Control nav = robot.lookup("#nav-library").queryAs(Control.class);
            robot.interact(nav::requestFocus);
            robot.interact(() -> {
                root.applyCss();
                assertThat(nav.getBorder()).as(theme + ": focused button has a border").isNotNull();
                BorderStroke ring = nav.getBorder().getStrokes().get(0);
                double ratio = SceneAudit.contrast((Color) ring.getTopStroke(), SceneAudit.background(nav.getParent()));
                assertThat(ratio).as(theme + " focus ring contrast").isGreaterThanOrEqualTo(3.0);
                assertThat(ring.getWidths().getTop()).as(theme + " focus ring width").isGreaterThanOrEqualTo(2.0);
            });
            auditPlayer(robot, theme, problems);
            robot.clickOn("#theme-toggle");
        }
        assertThat(problems).isEmpty();
    }

    /** The player's three screens: pain before, running (and its stop dialog), pain after. */
    private void auditPlayer(FxRobot robot, Settings.Theme theme, List<String> problems) throws Exception {
        robot.clickOn("#nav-today");
        robot.clickOn(robot.lookup(".today-start").queryButton());
        audit(robot, harness.waitFor("#pain-before").getScene().getRoot(), theme + " PAIN-BEFORE", problems);
        harness.waitFor(".pain-scale.settled");
        robot.clickOn("#pain-before-5");
        robot.clickOn("#pain-before-ok");
        harness.waitFor("#player-phase");
        audit(robot, robot.lookup("#player-phase").query().getScene().getRoot(), theme + " PLAYER", problems);
        robot.clickOn("#player-stop");
        Node dialog = harness.waitFor("#stop-dialog");
        audit(robot, dialog.getScene().getRoot(), theme + " STOP-DIALOG", problems);
        robot.clickOn("#stop-dialog-stop");
        audit(robot, harness.waitFor("#pain-after").getScene().getRoot(), theme + " PAIN-AFTER", problems);
        harness.waitFor(".pain-scale.settled");
        robot.clickOn("#pain-after-5");
        robot.clickOn("#session-save");
        harness.waitFor("#main-root");
    }

    private static void audit(FxRobot robot, Parent root, String where, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            SceneAudit.unnamedControls(root).forEach(p -> problems.add(where + " unnamed: " + p));
            SceneAudit.iconButtonsWithoutHelp(root).forEach(p -> problems.add(where + " icon only: " + p));
            SceneAudit.lowContrastText(root, SceneAudit.TEXT_CONTRAST).forEach(p -> problems.add(where + " contrast: " + p));
        });
    }
}
