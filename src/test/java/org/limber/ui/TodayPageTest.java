package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The Today page at 1024x600, the largest text, German, dark: whole words, lengths in minutes. */
class TodayPageTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void todaysCardsBreakNoWordAndGiveTheDurationInMinutes() throws Exception {
        FxRobot robot = new FxRobot();
        Parent root = SmallWindow.open(harness, dataDir);
        robot.interact(() -> {
            Parent page = (Parent) root.lookup("#page-today");
            assertThat(WordAudit.brokenWords(page)).isEmpty();
            assertThat(SceneAudit.truncatedText(page)).isEmpty();
            List<String> durations = page.lookupAll(".today-duration").stream().map(n -> ((Label) n).getText()).toList();
            assertThat(durations).isNotEmpty().allMatch(t -> t.matches("Etwa \\d+ Min\\."), "in minutes");
        });
    }
}
