package org.limber.tools;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.safety.RedFlags;
import org.limber.storage.Database;
import org.limber.storage.SqlRoutineStore;
import org.limber.ui.LimberAppHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dev tool, not a check: the player's screens and panels at one window size, text size,
 * theme and language, saved to look at.
 * {@code mvn test -Dtest=PlayerShots -Dlimber.playershots=/tmp/p [-Dlimber.playershots.size=1024x600]
 * [-Dlimber.playershots.lang=de] [-Dlimber.playershots.theme=DARK] [-Dlimber.playershots.text=LARGEST]}
 */
@EnabledIfSystemProperty(named = "limber.playershots", matches = ".+")
class PlayerShots {

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void thePlayerAtOneSize() throws Exception {
        Path out = Path.of(System.getProperty("limber.playershots"));
        Files.createDirectories(out);
        String[] size = System.getProperty("limber.playershots.size", "1024x600").split("x");
        Path data = Files.createTempDirectory("limber-playershots");
        Files.writeString(data.resolve("settings.json"), "{\"onboardingAccepted\": true, \"safetyCheck\": " + RedFlags.VERSION + ", \"language\": \""
                + System.getProperty("limber.playershots.lang", "de") + "\", \"theme\": \""
                + System.getProperty("limber.playershots.theme", "DARK") + "\", \"textSize\": \""
                + System.getProperty("limber.playershots.text", "LARGEST") + "\", \"tones\": true, \"voice\": true,"
                + " \"volume\": 80, \"conditions\": [\"acute-spasm\", \"pregnancy\"]}");
        Routine routine = new Routine("shots", "Abendroutine", "", List.of(
                new Step("knee-to-chest", new Dosage(1, 2, 20, 0, 5, Sides.LEFT_RIGHT, 3, 8), null,
                        "Nur ein kleines Schaukeln. Hören Sie auf, wenn der Schmerz schärfer wird."),
                new Step("deep-breathing", new Dosage(1, 1, 0, 0, 0, Sides.NONE, 0, 0),
                        new BreathingPattern(4, 0, 6, 0, 6), ""),
                new Step("pelvic-tilt", new Dosage(1, 3, 0, 0, 10, Sides.NONE, 0, 0), null, "")));
        try (Database db = Database.open(data)) {
            new SqlRoutineStore(db, Clock.systemUTC()).save("me", routine, List.of());
        }
        FxRobot robot = harness.start(data);
        Window window = robot.lookup("#main-root").query().getScene().getWindow();
        robot.interact(() -> {
            window.setWidth(Double.parseDouble(size[0]));
            window.setHeight(Double.parseDouble(size[1]));
        });
        harness.waitUntilDataIsOpen();
        robot.interact(() -> robot.lookup(".today-start").queryButton().fire());
        harness.waitFor("#pain-before");
        shot(window, out, "1-pain-before");
        harness.waitFor(".pain-scale.settled");
        robot.type(KeyCode.ENTER);
        shot(window, out, "1b-pain-before-hint");
        robot.type(KeyCode.DIGIT6);
        shot(window, out, "2-pain-before-chosen");
        robot.type(KeyCode.ENTER);
        Label phase = (Label) harness.waitFor("#player-phase");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        shot(window, out, "3-get-ready");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        shot(window, out, "4-hold");
        robot.type(KeyCode.ESCAPE);
        harness.waitFor("#stop-dialog");
        shot(window, out, "5-stop-panel");
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        shot(window, out, "6-rest");
        robot.type(KeyCode.S);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        shot(window, out, "7-breathing");
        robot.type(KeyCode.S);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        shot(window, out, "8-press-when-done");
        robot.type(KeyCode.I);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        shot(window, out, "9-how-to");
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.H);
        harness.waitFor("#hurts-dialog");
        shot(window, out, "10-hurts-panel");
        robot.type(KeyCode.valueOf(System.getProperty("limber.playershots.lang", "de").equals("de") ? "R" : "A"));
        harness.waitFor("#safety-panel");
        shot(window, out, "11-severe-advice");
        // the advice is read first: only its own button closes it
        robot.interact(() -> robot.lookup("#safety-panel-carry-on").queryButton().fire());
        harness.waitFor("#pain-after");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        shot(window, out, "12-pain-after");
        phase.getText();
    }

    private static void shot(Window window, Path dir, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().getRoot().snapshot(null, null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir.resolve(name + ".png").toString()));
    }
}
