package org.limber.ui.history;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.limber.history.HistoryStore;
import org.limber.history.SessionSummary;
import org.limber.i18n.Messages;
import org.limber.routine.Durations;

/** One session, step by step: planned, done, and how each step went. */
final class SessionDetail {

    private SessionDetail() {
    }

    static void show(Window owner, SessionSummary session, List<HistoryStore.StepSummary> steps, Messages i18n) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.addRow(0, bold(i18n.get("history.detail.exercise")), bold(i18n.get("history.col.planned")),
                bold(i18n.get("history.col.done")), bold(i18n.get("history.detail.result")));
        int row = 1;
        for (HistoryStore.StepSummary step : steps) {
            grid.addRow(row++, new Label(step.exerciseName()), new Label(Durations.clock(step.plannedSeconds() * 1000L)),
                    new Label(Durations.clock(step.doneSeconds() * 1000L)),
                    new Label(i18n.get("history.result." + step.result())));
        }
        if (steps.isEmpty()) {
            grid.addRow(row, new Label(i18n.get("history.detail.noSteps")));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("history.detail.title"));
        alert.setHeaderText(session.routineName() + " \u00b7 "
                + session.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale())));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("session-detail");
        alert.show();
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }
}
