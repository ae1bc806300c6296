package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.results.ResultsFiles;
import org.limber.results.SampleResults;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A results file given on the command line is offered for import once the data is open, like a routine file. */
class ResultsArgumentTest {

    @TempDir
    Path dir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void aResultsFileOnTheCommandLineGoesToTheClientChosenAndTheirHistory() throws Exception {
        Path file = dir.resolve("anna" + ResultsFiles.EXTENSION);
        new ResultsFiles().write(SampleResults.file(SampleResults.daily("s", LocalDate.now().minusDays(4), 4, 1)), file);
        FxRobot robot = harness.start(dir.resolve("data"), file.toString());
        // not waitUntilSettled: the question is asked inside the data's opened callback and waits for an answer

        DialogPane choose = (DialogPane) harness.waitFor("#results-client-dialog");
        robot.clickOn(button(choose, 0));
        DialogPane summary = (DialogPane) harness.waitFor("#results-imported-dialog");
        String text = robot.lookup("#results-summary").queryLabeled().getText();
        assertThat(text).as("4 new sessions, in either language").startsWith("4 ");
        robot.clickOn(button(summary, 0));
        TableView<?> history = (TableView<?>) harness.waitFor("#history-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 4);
    }

    private static Button button(DialogPane pane, int index) {
        return (Button) pane.lookupButton(pane.getButtonTypes().get(index));
    }
}
