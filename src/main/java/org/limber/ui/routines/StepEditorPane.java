package org.limber.ui.routines;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.limber.i18n.Messages;
import org.limber.library.Sides;
import org.limber.ui.common.TabLeaves;

/** The selected step's dose: spinners that explain a bad value in place and never save it. */
final class StepEditorPane {

    private StepEditorPane() {
    }

    static Node create(StepEditorViewModel vm, Messages i18n) {
        ValidationSupport validation = new ValidationSupport();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        row = spinner(grid, row, "step-sets", "routines.editor.sets", vm.sets(), validation, i18n, vm, true);
        row = spinner(grid, row, "step-reps", "routines.editor.reps", vm.reps(), validation, i18n, vm, true);
        row = spinner(grid, row, "step-hold", "routines.editor.hold", vm.hold(), validation, i18n, vm, true);
        row = spinner(grid, row, "step-rest", "routines.editor.rest", vm.rest(), validation, i18n, vm, true);
        row = spinner(grid, row, "step-inhale", "routines.editor.inhale", vm.inhale(), validation, i18n, vm, false);
        row = spinner(grid, row, "step-exhale", "routines.editor.exhale", vm.exhale(), validation, i18n, vm, false);
        row = spinner(grid, row, "step-cycles", "routines.editor.cycles", vm.cycles(), validation, i18n, vm, false);

        ChoiceBox<Sides> sides = new ChoiceBox<>();
        sides.setId("step-sides");
        sides.getItems().setAll(Sides.values());
        sides.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sides s) {
                return s == null ? "" : i18n.get("routines.sides." + s.name());
            }

            @Override
            public Sides fromString(String s) {
                return null;
            }
        });
        sides.valueProperty().bindBidirectional(vm.sidesProperty());
        Label sidesLabel = new Label(i18n.get("routines.editor.sides"));
        sidesLabel.setMinWidth(Region.USE_PREF_SIZE);
        sidesLabel.setLabelFor(sides);
        grid.addRow(row, sidesLabel, sides);
        bindVisible(sidesLabel, vm, true);
        bindVisible(sides, vm, true);

        TextArea note = TabLeaves.of(new TextArea());
        note.setId("step-note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText(i18n.get("routines.editor.note.prompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        Label noteLabel = new Label(i18n.get("routines.editor.note"));
        noteLabel.setLabelFor(note);

        Label title = new Label(i18n.get("routines.editor.title"));
        title.getStyleClass().add("title-4");
        Label none = new Label(i18n.get("routines.editor.none"));
        none.getStyleClass().add("text-muted");
        none.visibleProperty().bind(vm.activeProperty().not());
        none.managedProperty().bind(none.visibleProperty());
        Label summary = new Label();
        summary.setId("step-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        VBox fields = new VBox(10, grid, summary, noteLabel, note);
        fields.visibleProperty().bind(vm.activeProperty());
        fields.managedProperty().bind(fields.visibleProperty());
        VBox box = new VBox(10, title, none, fields);
        box.getStyleClass().add("step-editor");
        return box;
    }

    private static int spinner(GridPane grid, int row, String id, String labelKey, StepField field,
            ValidationSupport validation, Messages i18n, StepEditorViewModel visibility, boolean forHolds) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(120);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(field.min(), field.max(), field.min());
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            /** A value that is not a number in range is refused: the spinner keeps its last good one. */
            @Override
            public Integer fromString(String text) {
                try {
                    int n = Integer.parseInt(text.strip());
                    return n >= field.min() && n <= field.max() ? n : factory.getValue();
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        field.textProperty().addListener((obs, old, now) -> {
            if (field.valid() && !Integer.valueOf(field.value()).equals(factory.getValue())) {
                factory.setValue(field.value());
            }
        });
        if (field.valid()) {
            factory.setValue(field.value());
        }
        spinner.getEditor().textProperty().bindBidirectional(field.textProperty());
        String range = i18n.get("routines.field.range", field.min(), field.max());
        spinner.setTooltip(new Tooltip(range));
        validation.registerValidator(spinner.getEditor(), false, (Control c, String text) ->
                ValidationResult.fromMessageIf(c, field.problemProperty().get().isEmpty() ? ""
                        : i18n.get(field.problemProperty().get(), field.min(), field.max()), Severity.ERROR,
                        !field.problemProperty().get().isEmpty()));
        Label label = new Label(i18n.get(labelKey));
        label.setLabelFor(spinner);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.getStyleClass().add("problem-text");
        problem.setId(id + "-problem");
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> field.problemProperty().get().isEmpty() ? ""
                        : i18n.get(field.problemProperty().get(), field.min(), field.max()), field.problemProperty()));
        grid.addRow(row, label, spinner, problem);
        if (visibility != null) {
            bindVisible(label, visibility, forHolds);
            bindVisible(spinner, visibility, forHolds);
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty().and(spinner.visibleProperty()));
        } else {
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        }
        problem.setWrapText(true);
        problem.setMaxWidth(220);
        problem.managedProperty().bind(problem.visibleProperty());
        return row + 1;
    }

    /** Hold fields show for exercises, breathing fields for breathing steps. */
    private static void bindVisible(Node node, StepEditorViewModel vm, boolean forHolds) {
        node.visibleProperty().bind(forHolds ? vm.breathingProperty().not() : vm.breathingProperty());
        node.managedProperty().bind(node.visibleProperty());
    }
}
