package org.limber.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.storage.Database;
import org.limber.storage.SqlRoutineStore;
import org.limber.ui.LimberAppHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Memory over a real-time session: plays a routine of {@code limber.soak.minutes} minutes
 * (paced breathing and holds with the moving figure, a phase change every few seconds) and
 * prints the process's resident set size and used heap once a minute. Run on purpose:
 * <pre>mvn test -Dtest=SessionSoak -Dlimber.soak.minutes=30 -DargLine="-Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"</pre>
 * The figures include the test harness (JUnit, TestFX), so they are an upper bound.
 */
@EnabledIfSystemProperty(named = "limber.soak.minutes", matches = "\\d+")
class SessionSoak {

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void memoryStaysFlatThroughALongSession() throws Exception {
        int minutes = Integer.getInteger("limber.soak.minutes");
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            steps.add(i % 2 == 0
                    ? new Step("deep-breathing", new Dosage(1, 1, 0, 0, 0, Sides.NONE, 0, 0),
                            new BreathingPattern(4, 0, 6, 0, 6), "")
                    : new Step("knee-to-chest", new Dosage(1, 2, 20, 0, 5, Sides.LEFT_RIGHT, 5, 0), null, ""));
        }
        Path data = Files.createTempDirectory("limber-soak");
        Routine routine = new Routine("soak", "Soak", "", steps);
        try (Database db = Database.open(data)) {
            new SqlRoutineStore(db, Clock.systemUTC()).save("me", routine, List.of());
        }
        FxRobot robot = harness.start(data);
        harness.waitUntilDataIsOpen();
        robot.clickOn("#nav-routines");
        ListView<Routine> list = (ListView<Routine>) harness.waitFor("#routine-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(r -> r.id().equals("soak")));
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(r -> r.id().equals("soak")).findFirst().orElseThrow()));
        robot.clickOn(robot.lookup("#routine-list .list-cell").match(n -> ((ListCell<?>) n).getItem()
                == list.getSelectionModel().getSelectedItem()).queryAs(Node.class));
        robot.clickOn("#routine-start");
        harness.waitFor("#pain-before");
        robot.clickOn("#pain-skip");
        harness.waitFor("#player-phase");
        long start = System.nanoTime();
        System.out.println("soak: minute, RSS MB, heap used MB (after GC hint), planned " + minutes + " min");
        for (int minute = 0; robot.lookup("#pain-after").tryQuery().isEmpty() && minute <= minutes + 5; minute++) {
            System.out.printf("soak: %d, %.1f, %.1f%n", minute, rssMegabytes(), heapMegabytes());
            WaitForAsyncUtils.sleep(60, TimeUnit.SECONDS);
        }
        System.out.printf("soak: end after %.1f min, RSS %.1f MB, heap %.1f MB%n",
                (System.nanoTime() - start) / 6e10, rssMegabytes(), heapMegabytes());
    }

    private static double rssMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
            }
        }
        return -1;
    }

    private static double heapMegabytes() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / 1048576.0;
    }
}
