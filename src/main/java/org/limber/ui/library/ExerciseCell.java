package org.limber.ui.library;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.library.Exercise;
import org.limber.ui.common.figure.FigureView;

/** A list row: a still of the figure, the name, and its kind and position. */
final class ExerciseCell extends ListCell<Exercise> {

    private final Messages i18n;
    private final FigureView thumbnail = new FigureView();
    private final Label name = new Label();
    private final Label meta = new Label();
    private final HBox row;

    ExerciseCell(Messages i18n) {
        this.i18n = i18n;
        thumbnail.setPrefSize(84, 56);
        thumbnail.setMinSize(84, 56);
        thumbnail.setMaxSize(84, 56);
        thumbnail.getStyleClass().add("figure-thumbnail");
        name.getStyleClass().add("exercise-cell-name");
        meta.getStyleClass().addAll("text-muted", "exercise-cell-meta");
        VBox text = new VBox(2, name, meta);
        text.setAlignment(Pos.CENTER_LEFT);
        row = new HBox(10, thumbnail, text);
        row.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Exercise exercise, boolean empty) {
        super.updateItem(exercise, empty);
        if (empty || exercise == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        name.setText(exercise.name());
        meta.setText(i18n.get("kind." + exercise.kind().code()) + " \u00b7 "
                + i18n.get("position." + exercise.position().code()));
        thumbnail.show(exercise.animation(), false, false);
        setText(null);
        setGraphic(row);
        setAccessibleText(exercise.name());
    }
}
