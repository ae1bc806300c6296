package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.results.ResultSession;
import org.limber.results.ResultsFiles;
import org.limber.results.SampleResults;
import org.limber.safety.RedFlags;
import org.limber.session.SessionRecorder.Status;
import org.limber.session.SessionRecorder.StepResult;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A results file with a session of pain 8 is imported; Profiles then lists the client with the
 * alert, in German at the largest text in the smallest window, every word whole; Enter on the
 * alert opens the client's History showing only that session.
 */
class ClientsOverviewTest {

    @TempDir
    Path dir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    private static ResultSession painful(LocalDate day) {
        Instant start = day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant();
        return new ResultSession("pain-8", "routine-1", "Gentle mornings", start, start.plusSeconds(300), day, 300, 300,
                Status.COMPLETED, 3, 8, null, List.of(new ResultSession.Step(0, "cat-cow", "Cat-cow", 300, 300,
                        StepResult.DONE, start.plusSeconds(300))));
    }

    @Test
    void anImportedSessionWithPainEightIsAnAlertOnTheClientsOverview() throws Exception {
        Path file = dir.resolve("anna" + ResultsFiles.EXTENSION);
        new ResultsFiles().write(SampleResults.file(List.of(painful(LocalDate.now().minusDays(1)))), file);
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("settings.json"), "{\"onboardingAccepted\": true, \"safetyCheck\": "
                + RedFlags.VERSION + ", \"textSize\": \"LARGEST\", \"language\": \"de\", \"theme\": \"DARK\"}");
        FxRobot robot = harness.startFresh(data, file.toString());
        DialogPane choose = (DialogPane) harness.waitFor("#results-client-dialog");
        robot.clickOn(button(choose, 0));
        DialogPane summary = (DialogPane) harness.waitFor("#results-imported-dialog");
        robot.clickOn(button(summary, 0));
        harness.waitUntilSettled();

        Parent root = robot.lookup("#main-root").queryParent().getScene().getRoot();
        robot.interact(() -> {
            Window window = root.getScene().getWindow();
            window.setWidth(1024);
            window.setHeight(600);
            ((ButtonBase) root.lookup("#nav-profiles")).fire();
        });
        harness.waitUntilSettled();
        TableView<?> clients = (TableView<?>) harness.waitFor("#clients-table");
        ListView<?> alerts = (ListView<?>) robot.lookup("#client-alerts").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !alerts.getItems().isEmpty());
        assertThat(clients.getItems()).hasSize(1);
        SmallWindow.layout(robot, root);
        String first = robot.lookup("#client-alerts .list-cell").queryAllAs(IndexedCell.class).stream()
                .filter(c -> c.getIndex() == 0).map(Labeled::getText).findFirst().orElse("");
        assertThat(first).as("the most urgent alert first, in German").contains("Schmerz 8 von 10");

        ListView<?> sessions = (ListView<?>) robot.lookup("#client-alert-sessions").query();
        robot.interact(() -> alerts.getSelectionModel().select(0));
        assertThat(sessions.getItems()).hasSize(1);
        assertThat(((TableView<?>) robot.lookup("#client-exercises").query()).getItems()).hasSize(1);

        SmallWindow.layout(robot, root);
        List<String> problems = new ArrayList<>();
        for (String page : List.of("profiles", "settings")) {
            robot.interact(() -> ((ButtonBase) root.lookup("#nav-" + page)).fire());
            harness.waitUntilSettled();
            SmallWindow.layout(robot, root);
            robot.interact(() -> {
                Parent shown = (Parent) root.lookup("#page-" + page);
                SceneAudit.truncatedText(shown).forEach(p -> problems.add(page + ": cut " + p));
                SceneAudit.cutColumnHeaders(shown).forEach(p -> problems.add(page + ": header " + p));
                WordAudit.brokenWords(shown).forEach(p -> problems.add(page + ": broken " + p));
            });
        }
        assertThat(problems).isEmpty();

        // Enter on the alert opens the client's History with only the session behind it
        robot.interact(() -> ((ButtonBase) root.lookup("#nav-profiles")).fire());
        harness.waitUntilSettled();
        ListView<?> shownAlerts = (ListView<?>) robot.lookup("#client-alerts").query();
        robot.interact(() -> {
            shownAlerts.getSelectionModel().select(0);
            shownAlerts.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        harness.waitUntilSettled();
        Parent focus = (Parent) harness.waitFor("#history-focus");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, focus::isVisible);
        TableView<?> table = (TableView<?>) robot.lookup("#history-table").query();
        assertThat(table.getItems()).hasSize(1);
        assertThat(((Labeled) robot.lookup("#history-focus-text").query()).getText())
                .startsWith("Gezeigt wird nur die Einheit");
        SmallWindow.layout(robot, root);
        robot.interact(() -> {
            SceneAudit.truncatedText(focus).forEach(p -> problems.add("history focus: cut " + p));
            WordAudit.brokenWords(focus).forEach(p -> problems.add("history focus: broken " + p));
        });
        assertThat(problems).isEmpty();
        robot.interact(() -> ((ButtonBase) root.lookup("#history-focus-all")).fire());
        assertThat(focus.isVisible()).isFalse();
    }

    private static Button button(DialogPane pane, int index) {
        return (Button) pane.lookupButton(pane.getButtonTypes().get(index));
    }
}
