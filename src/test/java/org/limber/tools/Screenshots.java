package org.limber.tools;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import org.limber.plan.Plan;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.storage.Database;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.storage.SqlSessionRecorder;
import org.limber.ui.LimberAppHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dev tool, not a check: walks through the app and saves screenshots to look at.
 * {@code mvn test -Dtest=Screenshots -Dlimber.screenshots=/tmp/shots}
 */
@EnabledIfSystemProperty(named = "limber.screenshots", matches = ".+")
class Screenshots {

    private final LimberAppHarness harness = new LimberAppHarness();
    private static Window window;

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void walkThrough() throws Exception {
        Path out = Path.of(System.getProperty("limber.screenshots"));
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("limber-shots");
        Routine routine = new Routine("demo", "Gentle evening", "", List.of(
                new Step("knee-to-chest", new Dosage(1, 2, 4, 0, 3, Sides.LEFT_RIGHT, 2, 2), null, ""),
                new Step("deep-breathing", new Dosage(1, 1, 0, 0, 0, Sides.NONE, 0, 0),
                        new BreathingPattern(4, 0, 4, 0, 3), "")));
        try (Database db = Database.open(data)) {
            new SqlRoutineStore(db, Clock.systemUTC()).save("me", routine, List.of());
            new SqlPlanStore(db, Clock.systemUTC()).savePlan(new Plan("plan", "me",
                    "demo", "", List.of(LocalTime.of(8, 30), LocalTime.of(19, 0)),
                    EnumSet.allOf(DayOfWeek.class), LocalDate.now().minusDays(20), null));
            HistoryGenerator.generate(new SqlSessionRecorder(db), "me",
                    LocalDate.now(Clock.systemDefaultZone()), 92, 3);
        }
        FxRobot robot = harness.start(data);
        window = robot.lookup("#main-root").query().getScene().getWindow();
        robot.interact(() -> window.setWidth(1280));
        robot.interact(() -> window.setHeight(800));
        harness.waitUntilDataIsOpen();
        shot(robot, out, "today");
        robot.clickOn("#nav-library");
        ListView<?> exercises = (ListView<?>) harness.waitFor("#exercise-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !exercises.getItems().isEmpty());
        for (String name : List.of("knee-to-chest", "cobra", "palm tree")) {
            robot.doubleClickOn("#exercise-search").eraseText(30).write(name);
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            shot(robot, out, "library-" + name.replace(' ', '-'));
        }
        robot.clickOn("#nav-routines");
        ListView<Routine> list = (ListView<Routine>) harness.waitFor("#routine-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(r -> r.id().equals("demo")));
        Node cell = robot.lookup("#routine-list .list-cell").match(n -> {
            Object item = ((ListCell<?>) n).getItem();
            return item instanceof Routine r && r.id().equals("demo");
        }).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        shot(robot, out, "routines");
        robot.clickOn("#routine-start");
        harness.waitFor("#pain-before");
        shot(robot, out, "player-pain-before");
        robot.clickOn("#pain-skip");
        Label phase = (Label) harness.waitFor("#player-phase");
        waitForText(phase, "Hold");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        shot(robot, out, "player-hold");
        waitForText(phase, "Rest");
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        shot(robot, out, "player-rest");
        waitForText(phase, "Breathe in");
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        shot(robot, out, "player-breathing");
        harness.waitFor("#pain-after", 60);
        shot(robot, out, "player-end");
        robot.clickOn("#pain-after-skip");
        harness.waitFor("#main-root");
        robot.clickOn("#nav-history");
        harness.waitFor("#history-table");
        WaitForAsyncUtils.sleep(2000, TimeUnit.MILLISECONDS);
        shot(robot, out, "history");
        robot.clickOn("#theme-toggle");
        robot.clickOn("#nav-library");
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        shot(robot, out, "library-dark");
        robot.clickOn("#nav-today");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        shot(robot, out, "today-dark");
        robot.clickOn("#nav-history");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        shot(robot, out, "history-dark");
        robot.clickOn("#theme-toggle");
        robot.clickOn("#nav-today");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        shot(robot, out, "today-contrast");
        robot.clickOn("#theme-toggle");
        robot.clickOn("#nav-today");
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        shot(robot, out, "today-light");
    }

    private static void waitForText(Label label, String start) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label.getText().startsWith(start));
    }

    private static void shot(FxRobot robot, Path dir, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> window.getScene().getRoot().snapshot(null, null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir.resolve(name + ".png").toString()));
    }
}
