package org.limber.tools;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.plan.Plan;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.settings.Settings;
import org.limber.storage.Database;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.storage.SqlSessionRecorder;
import org.limber.ui.LimberAppHarness;
import org.limber.ui.shell.Page;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every page and the player in every theme, at the normal and the largest text size, as
 * screenshots for looking at (clipping, contrast):
 * {@code mvn test -Dtest=PageTour -Dlimber.tour=/tmp/tour [-Dlimber.tour.lang=de]
 * -Dlimber.tour.sizes=NORMAL,LARGEST -Dlimber.tour.themes=LIGHT,DARK,HIGH_CONTRAST
 * -Dlimber.tour.window=1024x600}
 */
@EnabledIfSystemProperty(named = "limber.tour", matches = ".+")
class PageTour {

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPageEveryThemeBothSizes() throws Exception {
        Path out = Path.of(System.getProperty("limber.tour"));
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("limber-tour");
        String lang = System.getProperty("limber.tour.lang", "en");
        Files.writeString(data.resolve("settings.json"), "{\"onboardingAccepted\": true, \"safetyCheck\": 2, \"language\": \"" + lang + "\"}");
        Routine routine = new Routine("tour", "Gentle evening", "", List.of(
                new Step("knee-to-chest", new Dosage(1, 2, 20, 0, 5, Sides.LEFT_RIGHT, 5, 5), null, "")));
        try (Database db = Database.open(data)) {
            new SqlRoutineStore(db, Clock.systemUTC()).save("me", routine, List.of());
            new SqlPlanStore(db, Clock.systemUTC()).savePlan(new Plan("p", "me", "tour", "", List.of(LocalTime.of(9, 0),
                    LocalTime.of(18, 30)), Set.of(DayOfWeek.values()), LocalDate.now().minusDays(3), null));
            HistoryGenerator.generate(new SqlSessionRecorder(db), "me", LocalDate.now(), 60, 7);
        }
        FxRobot robot = harness.start(data);
        Window window = robot.lookup("#main-root").query().getScene().getWindow();
        String[] windowSize = System.getProperty("limber.tour.window", "1280x800").split("x");
        robot.interact(() -> window.setWidth(Double.parseDouble(windowSize[0])));
        robot.interact(() -> window.setHeight(Double.parseDouble(windowSize[1])));
        harness.waitUntilDataIsOpen();
        List<Settings.TextSize> sizes = Arrays.stream(System.getProperty("limber.tour.sizes", "NORMAL,LARGEST")
                .split(",")).map(Settings.TextSize::valueOf).toList();
        List<Settings.Theme> themes = Arrays.stream(System.getProperty("limber.tour.themes",
                "LIGHT,DARK,HIGH_CONTRAST").split(",")).map(Settings.Theme::valueOf).toList();
        for (Settings.TextSize size : sizes) {
            for (Settings.Theme theme : themes) {
                robot.clickOn("#nav-settings");
                ComboBox<Settings.Theme> themeBox = robot.lookup("#settings-theme").queryAs(ComboBox.class);
                ComboBox<Settings.TextSize> sizeBox = robot.lookup("#settings-text-size").queryAs(ComboBox.class);
                robot.interact(() -> {
                    themeBox.setValue(theme);
                    sizeBox.setValue(size);
                });
                for (Page page : Page.values()) {
                    // fired, not clicked: at a small window the rail scrolls and a button may be out of view
                    ButtonBase nav = robot.lookup("#" + page.navId()).queryAs(ButtonBase.class);
                    robot.interact(nav::fire);
                    WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
                    shot(window, out, size + "-" + theme + "-" + page);
                }
                ButtonBase today = robot.lookup("#nav-today").queryAs(ButtonBase.class);
                robot.interact(today::fire);
                WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
                Button start = robot.lookup(".today-plan-start").tryQuery().map(Button.class::cast)
                        .orElseGet(() -> robot.lookup(".today-start").queryButton());
                robot.interact(start::fire);
                harness.waitFor("#pain-before");
                shot(window, out, size + "-" + theme + "-PAIN");
                harness.waitFor(".pain-scale.settled");
                robot.clickOn("#pain-before-5");
        robot.clickOn("#pain-before-ok");
                harness.waitFor("#player-phase");
                WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
                shot(window, out, size + "-" + theme + "-PLAYER");
                robot.clickOn("#player-stop");
                Node dialog = harness.waitFor("#stop-dialog");
                robot.clickOn("#stop-dialog-stop");
                harness.waitFor("#pain-after");
                harness.waitFor(".pain-scale.settled");
                robot.clickOn("#pain-after-5");
        robot.clickOn("#session-save");
                harness.waitFor("#main-root");
            }
        }
    }

    private static void shot(Window window, Path dir, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.getScene().getRoot().snapshot(null, null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir.resolve(name + ".png").toString()));
    }
}
