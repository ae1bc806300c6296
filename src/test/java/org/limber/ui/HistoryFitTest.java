package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.limber.safety.RedFlags;
import org.limber.storage.Database;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.storage.SqlSessionRecorder;
import org.limber.tools.ClientHistory;
import org.testfx.api.FxRobot;

/**
 * The every-page audit for History with three months of sessions (the table, its filters and the
 * charts filled) at the largest text, in German and English, at 1366x768 and 1024x600: no word
 * cut or broken, nothing off the sides, no table column past the table's right edge.
 */
class HistoryFitTest {

    static final Path SHOTS = Path.of("target", "history-fit");

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"de, 1366, 768", "en, 1366, 768", "de, 1024, 600", "en, 1024, 600"})
    void historyShowsItsWordsWholeAtTheLargestText(String language, int width, int height) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        try (Database db = Database.open(dataDir, clock)) {
            ClientHistory.make(new SqlRoutineStore(db, clock), new SqlPlanStore(db, clock), new SqlSessionRecorder(db),
                    "me", LocalDate.now(clock), 90, 3);
        }
        Files.writeString(dataDir.resolve("settings.json"), "{\"onboardingAccepted\": true, \"safetyCheck\": "
                + RedFlags.VERSION + ", \"textSize\": \"LARGEST\", \"language\": \"" + language + "\", \"theme\": \"DARK\"}");
        FxRobot robot = harness.startFresh(dataDir);
        harness.waitUntilSettled();
        Parent root = robot.lookup("#main-root").queryParent().getScene().getRoot();
        robot.interact(() -> {
            Window window = root.getScene().getWindow();
            window.setWidth(width);
            window.setHeight(height);
            ((ButtonBase) root.lookup("#nav-history")).fire();
        });
        harness.waitUntilSettled();
        SmallWindow.layout(robot, root);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Parent page = (Parent) root.lookup("#page-history");
            assertThat(root.lookup("#history-table").isVisible()).as("sessions shown").isTrue();
            SceneAudit.truncatedText(page).forEach(p -> problems.add("cut " + p));
            SceneAudit.cutColumnHeaders(page).forEach(p -> problems.add("header cut " + p));
            WordAudit.brokenWords(page).forEach(p -> problems.add("broken " + p));
            WordAudit.outsideSideways(page).forEach(p -> problems.add("off the side " + p));
            WordAudit.columnsPastTheTable(page).forEach(p -> problems.add("column past the table " + p));
            shoot(page, language + "-" + width + "x" + height);
        });
        assertThat(problems).as(language + " " + width + "x" + height).isEmpty();
    }

    private static void shoot(Parent page, String name) {
        try {
            Files.createDirectories(SHOTS);
            // the whole page, also what is scrolled out of view
            Node content = ((ScrollPane) page.lookup(".scroll-pane")).getContent();
            ImageIO.write(SwingFXUtils.fromFXImage(content.snapshot(null, null), null), "png",
                    new File(SHOTS.resolve(name + ".png").toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
