package org.limber.ui.routines;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.limber.i18n.Messages;
import org.limber.library.Caution;
import org.limber.library.DosageWords;
import org.limber.routine.Step;
import org.limber.ui.common.figure.FigureView;

/** A step of the routine: figure, name, dose; drag to reorder, drop exercises onto it. */
final class StepCell extends ListCell<Step> {

    static final DataFormat STEP_INDEX = new DataFormat("application/x-limber-step");
    static final DataFormat EXERCISE_ID = new DataFormat("application/x-limber-exercise");

    private final RoutineBuilderViewModel vm;
    private final Messages i18n;
    private final DosageWords words;
    private final Label number = new Label();
    private final Label name = new Label();
    private final Label dose = new Label();
    private final Label caution = new Label();
    private final FigureView figure = new FigureView();
    private final HBox row;

    StepCell(RoutineBuilderViewModel vm, Messages i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.words = new DosageWords(i18n);
        number.getStyleClass().add("step-number");
        name.getStyleClass().add("exercise-cell-name");
        dose.getStyleClass().add("text-muted");
        dose.setWrapText(true);
        figure.setPrefSize(72, 48);
        figure.setMinSize(72, 48);
        figure.setMaxSize(72, 48);
        caution.getStyleClass().add("step-caution");
        caution.setWrapText(true);
        caution.managedProperty().bind(caution.visibleProperty());
        // a caution for this person's condition is read in full: the cell's height is asked before its
        // width is known, so the words get the width the row leaves them and as many lines as they need
        dose.setMinHeight(Region.USE_PREF_SIZE);
        caution.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, name, dose, caution);
        text.setMinWidth(0);
        text.prefWidthProperty().bind(widthProperty().subtract(number.widthProperty()).subtract(72 + 20 + 40));
        HBox.setHgrow(text, Priority.ALWAYS);
        row = new HBox(10, number, figure, text);
        row.setAlignment(Pos.CENTER_LEFT);
        setPrefWidth(0);
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.put(STEP_INDEX, getIndex());
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasContent(STEP_INDEX) || e.getDragboard().hasContent(EXERCISE_ID)) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            int target = getItem() == null ? vm.steps().size() : getIndex();
            e.setDropCompleted(DropTargets.drop(vm, e.getDragboard(), target));
            e.consume();
        });
    }

    @Override
    protected void updateItem(Step step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        number.setText(String.valueOf(getIndex() + 1));
        String title = vm.exercises().nameOf(step.exerciseId());
        name.setText(title);
        dose.setText(words.describe(step.dosage(), step.breathing()));
        List<Caution> mine = vm.cautionsFor(step);
        caution.setText(mine.stream().map(c -> "\u26a0 " + i18n.get("condition." + c.condition().code()) + ": "
                + c.advice()).collect(Collectors.joining("\n")));
        caution.setVisible(!mine.isEmpty());
        caution.setTooltip(mine.isEmpty() ? null : new Tooltip(caution.getText()));
        vm.exercises().find(step.exerciseId()).ifPresentOrElse(
                e -> figure.show(e.animation(), false, false), figure::clear);
        setGraphic(row);
        setAccessibleText(i18n.get("routines.stepSummary", title, dose.getText()));
    }
}
