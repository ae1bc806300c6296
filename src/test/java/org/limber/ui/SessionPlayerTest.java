package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.storage.Database;
import org.limber.storage.SqlRoutineStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A short routine played with the real clock, from pain before to the saved session. */
class SessionPlayerTest {

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShortRoutineRunsEndToEndAndIsSaved() throws Exception {
        Routine routine = new Routine("short-1", "Short test", "", List.of(
                new Step("knee-to-chest", new Dosage(1, 1, 2, 0, 0, Sides.LEFT_RIGHT, 1, 1), null, ""),
                new Step("deep-breathing", new Dosage(1, 1, 0, 0, 0, Sides.NONE, 0, 0),
                        new BreathingPattern(1, 0, 1, 0, 1), "")));
        try (Database db = Database.open(dataDir)) {
            new SqlRoutineStore(db, Clock.systemUTC()).save("me", routine, List.of());
        }

        FxRobot robot = harness.start(dataDir);
        robot.clickOn("#nav-routines");
        ListView<Routine> list = (ListView<Routine>) harness.waitFor("#routine-list");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(r -> r.id().equals("short-1")));
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(r -> r.id().equals("short-1")).findFirst().orElseThrow()));
        robot.clickOn(robot.lookup("#routine-list .list-cell").match(n -> ((ListCell<?>) n).getItem() == list.getSelectionModel().getSelectedItem()).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#routine-start").queryButton().isDisabled());
        robot.clickOn("#routine-start");

        Slider before = (Slider) harness.waitFor("#pain-before");
        robot.interact(() -> before.setValue(6));
        robot.clickOn("#pain-before-ok");
        Label phase = (Label) harness.waitFor("#player-phase");
        assertThat(robot.lookup("#player-exercise").queryAs(Label.class).getText()).isEqualTo("Knee-to-chest stretch");
        assertThat(robot.lookup("#player-countdown").queryAs(Label.class).getText()).matches("\\d:\\d\\d");
        Set<String> phasesSeen = new LinkedHashSet<>();
        phase.textProperty().addListener((obs, old, now) -> phasesSeen.add(now));
        phasesSeen.add(phase.getText());

        Slider after = (Slider) harness.waitFor("#pain-after", 30);
        assertThat(phasesSeen).contains("Hold \u00b7 left side", "Hold \u00b7 right side", "Breathe in", "Breathe out");
        robot.interact(() -> after.setValue(3));
        assertThat(robot.lookup("#player-selfcare").queryAs(Label.class).getText())
                .as("a line on looking after your back at the end").isNotBlank().doesNotStartWith("selfcare.");
        robot.clickOn("#session-notes").write("Felt looser");
        robot.clickOn("#session-save");
        harness.waitFor("#main-root");
        robot.clickOn("#nav-history");
        TableView<?> table = (TableView<?>) harness.waitFor("#history-table");
        Label streak = robot.lookup("#history-streak").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !streak.getText().isEmpty());
        assertThat(table.getItems()).hasSize(1);
        assertThat(streak.getText()).contains("1 day");

        try (Database db = Database.open(dataDir)) {
            db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT status, pain_before, pain_after, routine_name, done_seconds, notes FROM session")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("completed");
                    assertThat(rs.getInt(2)).isEqualTo(6);
                    assertThat(rs.getInt(3)).isEqualTo(3);
                    assertThat(rs.getString(4)).isEqualTo("Short test");
                    assertThat(rs.getInt(5)).isBetween(6, 9);
                    assertThat(rs.getString(6)).isEqualTo("Felt looser");
                    assertThat(rs.next()).isFalse();
                }
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT position, exercise_id, result FROM session_step ORDER BY position")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(2)).isEqualTo("knee-to-chest");
                    assertThat(rs.getString(3)).isEqualTo("done");
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(2)).isEqualTo("deep-breathing");
                    assertThat(rs.next()).isFalse();
                }
                return null;
            });
        }
    }
}
