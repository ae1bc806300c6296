package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.safety.RedFlags;
import org.limber.storage.Database;
import org.limber.ui.shell.Page;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ShellTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void everyNavigationButtonShowsItsPage() throws Exception {
        FxRobot robot = harness.start(dataDir);
        for (Page page : Page.values()) {
            robot.clickOn("#" + page.navId());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#" + page.pageId()).tryQuery()).as(page.pageId()).isPresent();
            assertThat(robot.lookup("#" + page.pageId()).query().getScene()).isNotNull();
            assertThat(robot.lookup("#" + page.navId()).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
    }

    @Test
    void keyboardShortcutsSwitchPages() throws Exception {
        FxRobot robot = harness.start(dataDir);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4)
                .release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + Page.HISTORY.navId()).queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#" + Page.HISTORY.pageId()).query().getScene()).isNotNull();
    }

    @Test
    void theDatabaseIsCreatedInTheDataFolder() throws Exception {
        harness.start(dataDir);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(dataDir.resolve(Database.FILE_NAME)));
        assertThat(dataDir.resolve(Database.FILE_NAME)).exists();
    }

    @Test
    void anUnopenableDatabaseShowsADialogAndTheFileIsLeftAlone() throws Exception {
        Path file = dataDir.resolve(Database.FILE_NAME);
        byte[] content = "PK\u0003\u0004 a zip file, not a database".repeat(50).getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, content);

        FxRobot robot = harness.start(dataDir);
        Label text = (Label) harness.waitFor("#db-error-text");
        assertThat(text.getText()).contains(file.toString()).contains("not a Limber database");
        assertThat(robot.lookup("#db-error-dialog").tryQuery()).isPresent();

        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#main-root").tryQuery()).as("the app is still running").isPresent();
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void atTheLargestTextInASmallWindowTheHeaderAndTheStatusBarStayOnScreen() throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("settings.json"), "{\"onboardingAccepted\": true, \"safetyCheck\": "
                + RedFlags.VERSION + ", \"textSize\": \"LARGEST\", \"language\": \"de\", \"theme\": \"DARK\"}");
        FxRobot robot = harness.start(dataDir);
        harness.waitUntilSettled();
        Parent root = robot.lookup("#main-root").queryParent();
        robot.interact(() -> {
            Window window = root.getScene().getWindow();
            window.setWidth(1024);
            window.setHeight(600);
        });
        harness.waitUntilSettled();
        robot.interact(() -> {
            root.getScene().getRoot().applyCss();
            root.getScene().getRoot().layout();
            for (String id : new String[] {"#help-menu", "#status-text", "#nav-today"}) {
                assertThat(root.lookup(id)).as(id).isNotNull();
                assertThat(SceneAudit.outsideWindow(root.getScene().getRoot(), id)).as("pushed off screen").isEmpty();
            }
        });
    }

    @Test
    void theHeaderKeepsTheNameAndTheProfileWholeAndHidesTheTaglineItCannotShowWhole() throws Exception {
        FxRobot robot = new FxRobot();
        Parent root = SmallWindow.open(harness, dataDir);
        robot.interact(() -> {
            Parent header = (Parent) root.lookup(".app-header");
            assertThat(SceneAudit.truncatedText(header)).isEmpty();
            assertThat(root.lookup("#app-tagline").isVisible()).as("no room for the tagline").isFalse();
            assertThat(((Label) root.lookup(".app-title")).getText()).isEqualTo("Limber");
            assertThat(root.lookup("#profile-switch .list-cell")).isNotNull();
        });
    }

    @Test
    void everyPageShowsItsWordsWholeInTheSmallestWindowWithTheLargestGermanText() throws Exception {
        FxRobot robot = new FxRobot();
        Parent root = SmallWindow.open(harness, dataDir);
        List<String> problems = new ArrayList<>();
        for (String page : List.of("today", "library", "routines", "history", "profiles", "settings")) {
            robot.interact(() -> ((ButtonBase) root.lookup("#nav-" + page)).fire());
            harness.waitUntilSettled();
            SmallWindow.layout(robot, root);
            robot.interact(() -> {
                Parent shown = (Parent) root.lookup("#page-" + page);
                SceneAudit.truncatedText(shown).forEach(p -> problems.add(page + ": cut " + p));
                WordAudit.brokenWords(shown).forEach(p -> problems.add(page + ": broken " + p));
                WordAudit.outsideSideways(shown).forEach(p -> problems.add(page + ": off the side " + p));
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSelectedPageStaysInViewInTheNavigation() throws Exception {
        FxRobot robot = new FxRobot();
        Parent root = SmallWindow.open(harness, dataDir);
        ScrollPane nav = (ScrollPane) root.lookup(".nav-scroll");
        assertThat(nav.getContent().getLayoutBounds().getHeight()).as("the rail scrolls")
                .isGreaterThan(nav.getViewportBounds().getHeight());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        harness.waitUntilSettled();
        SmallWindow.layout(robot, root);
        assertThat(inView(nav, root.lookup("#nav-settings"))).as("Settings in view").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        harness.waitUntilSettled();
        SmallWindow.layout(robot, root);
        assertThat(inView(nav, root.lookup("#nav-today"))).as("Today in view").isTrue();
    }

    private static boolean inView(ScrollPane scroll, Node node) {
        Bounds box = node.localToScene(node.getLayoutBounds());
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        return box.getMinY() >= view.getMinY() - 0.5 && box.getMaxY() <= view.getMaxY() + 0.5;
    }
}
