package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.profile.Profile;
import org.limber.routine.Routine;
import org.limber.session.SessionRecorder;
import org.limber.storage.Database;
import org.limber.storage.SqlSessionRecorder;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class ProfilesTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewClientHasTheirOwnRoutinesAndHistoryAndSwitchingBackBringsMineBack() throws Exception {
        try (Database db = Database.open(dataDir)) {
            SqlSessionRecorder sessions = new SqlSessionRecorder(db);
            sessions.begin(new SessionRecorder.SessionStart("mine", Profile.ME, null, "My stretch",
                    Clock.systemUTC().millis(), LocalDate.now().toString(), 60, 4));
            sessions.finish("mine", SessionRecorder.Status.COMPLETED, Clock.systemUTC().millis(), 60, 2, null);
        }
        FxRobot robot = harness.start(dataDir);
        harness.waitUntilDataIsOpen();
        robot.clickOn("#nav-routines");
        ListView<Routine> routines = (ListView<Routine>) harness.waitFor("#routine-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> routines.getItems().size() == 4);

        robot.clickOn("#nav-history");
        TableView<?> history = (TableView<?>) harness.waitFor("#history-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 1);

        robot.clickOn("#nav-profiles");
        robot.clickOn("#profile-add");
        assertThat(robot.lookup(".problem-text").queryLabeled().getText()).contains("name");
        robot.clickOn("#profile-name").write("Ann Example");
        robot.clickOn("#profile-add");
        ListView<Profile> list = robot.lookup("#profile-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() == 2);

        ComboBox<Profile> switcher = robot.lookup("#profile-switch").queryAs(ComboBox.class);
        Profile ann = list.getItems().stream().filter(p -> p.name().equals("Ann Example")).findFirst().orElseThrow();
        robot.interact(() -> switcher.setValue(ann));
        robot.clickOn("#nav-routines");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, routines.getItems()::isEmpty);
        robot.clickOn("#nav-history");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, history.getItems()::isEmpty);

        Profile me = list.getItems().stream().filter(p -> p.id().equals(Profile.ME)).findFirst().orElseThrow();
        robot.interact(() -> switcher.setValue(me));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> routines.getItems().size() == 4);
    }
}
