package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.io.Handoff;
import org.limber.io.InstanceLock;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.RoutineFiles;
import org.limber.routine.Step;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A second launch on the same data folder hands its file to the running app instead of writing. */
class SecondInstanceTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRunningAppImportsWhatTheSecondLaunchBrought() throws Exception {
        FxRobot robot = harness.start(dataDir);
        harness.waitUntilDataIsOpen();
        assertThat(InstanceLock.acquire(dataDir)).as("the running app holds the folder").isEmpty();

        Path file = elsewhere.resolve("from-physio.limber.json");
        Files.write(file, new RoutineFiles().write(new Routine(null, "From my physio", "", List.of(
                new Step("bridge", new Dosage(1, 5, 0, 4, 0, Sides.NONE, 0, 5), null, "Slowly"))), List.of()));
        Path request = Handoff.send(dataDir, Optional.of(file));
        assertThat(Handoff.taken(request, 5000, Thread::sleep)).isTrue();

        ListView<Routine> list = (ListView<Routine>) harness.waitFor("#routine-list");
        DialogPane question = (DialogPane) harness.waitFor("#import-confirm-dialog");
        assertThat(list.getItems()).as("nothing comes in before the person says yes")
                .noneMatch(r -> r.name().equals("From my physio"));
        Button yes = (Button) question.lookupButton(question.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
        // the question's window is made before it is shown: click once it is on screen
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> yes.getScene() != null
                && yes.getScene().getWindow() != null && yes.getScene().getWindow().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(yes);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> list.getItems().stream().anyMatch(r -> r.name().equals("From my physio")));
    }
}
