package org.limber.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.limber.safety.RedFlags;
import org.testfx.api.FxRobot;

/** The walk-through's hardest case: 1024x600, the largest text, German, the dark theme. */
final class SmallWindow {

    private SmallWindow() {
    }

    /** Starts as a returning user and returns the scene's root, laid out at 1024x600. */
    static Parent open(LimberAppHarness harness, Path dataDir) throws Exception {
        return start(harness, dataDir, "\"onboardingAccepted\": true, \"safetyCheck\": " + RedFlags.VERSION + ", ");
    }

    /** Starts on a first run (the welcome card first). */
    static Parent openFresh(LimberAppHarness harness, Path dataDir) throws Exception {
        return start(harness, dataDir, "");
    }

    private static Parent start(LimberAppHarness harness, Path dataDir, String more) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("settings.json"),
                "{" + more + "\"textSize\": \"LARGEST\", \"language\": \"de\", \"theme\": \"DARK\"}");
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitUntilSettled();
        Parent root = robot.lookup("#main-root").queryParent().getScene().getRoot();
        robot.interact(() -> {
            Window window = root.getScene().getWindow();
            window.setWidth(1024);
            window.setHeight(600);
        });
        harness.waitUntilSettled();
        layout(robot, root);
        return root;
    }

    /** CSS and layout twice: a listener that rearranges a pane on its width needs a second pass. */
    static void layout(FxRobot robot, Parent root) {
        robot.interact(() -> {
            for (int i = 0; i < 2; i++) {
                root.applyCss();
                root.layout();
            }
        });
    }
}
