package org.limber.ui.library;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.limber.i18n.Messages;
import org.limber.library.BodyArea;
import org.limber.library.Equipment;
import org.limber.library.Exercise;
import org.limber.library.Kind;
import org.limber.library.Position;
import org.limber.library.Sides;
import org.limber.ui.common.Failure;
import org.limber.ui.common.TabLeaves;

/** The custom exercise form: a bad field is marked and explained beside it, and Save waits until all are good. */
final class ExerciseEditorDialog {

    private ExerciseEditorDialog() {
    }

    static void show(Window owner, ExerciseEditorViewModel vm, Messages i18n, Consumer<Exercise> onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(vm.isNew() ? "exercise.editor.new" : "exercise.editor.edit"));
        dialog.getDialogPane().setId("exercise-editor");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button save = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        save.setText(i18n.get("routines.save"));
        save.setId("exercise-editor-save");
        save.disableProperty().bind(vm.invalid());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(saved -> {
                dialog.close();
                onSaved.accept(saved);
            });
        });

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(6);
        int row = 0;
        row = field(form, row, i18n, "name", "exercise.field.name", text("exercise-edit-name", vm.nameProperty()), vm);
        row = field(form, row, i18n, "otherNames", "exercise.field.otherNames",
                text("exercise-edit-other", vm.otherNamesProperty()), vm);
        row = field(form, row, i18n, "kind", "exercise.field.kind",
                choice("exercise-edit-kind", Kind.values(), vm.kindProperty(), k -> i18n.get("kind." + k.code())), vm);
        row = field(form, row, i18n, "position", "exercise.field.position", choice("exercise-edit-position",
                Position.values(), vm.positionProperty(), p -> i18n.get("position." + p.code())), vm);
        row = field(form, row, i18n, "bodyAreas", "exercise.field.bodyAreas",
                checks(BodyArea.values(), vm.bodyAreas(), a -> i18n.get("bodyArea." + a.code())), vm);
        row = field(form, row, i18n, "equipment", "exercise.field.equipment",
                checks(Equipment.values(), vm.equipment(), e -> i18n.get("equipment." + e.code())), vm);
        row = field(form, row, i18n, "sets", "routines.editor.sets", text("exercise-edit-sets", vm.setsProperty()), vm);
        row = field(form, row, i18n, "reps", "routines.editor.reps", text("exercise-edit-reps", vm.repsProperty()), vm);
        row = field(form, row, i18n, "hold", "routines.editor.hold", text("exercise-edit-hold", vm.holdProperty()), vm);
        row = field(form, row, i18n, "rest", "routines.editor.rest", text("exercise-edit-rest", vm.restProperty()), vm);
        row = field(form, row, i18n, "sides", "routines.editor.sides", choice("exercise-edit-sides", Sides.values(),
                vm.sidesProperty(), s -> i18n.get("routines.sides." + s.name())), vm);
        row = field(form, row, i18n, "instructions", "exercise.field.instructions",
                area("exercise-edit-instructions", vm.instructionsProperty(), 5), vm);
        row = field(form, row, i18n, "feel", "library.detail.feel", area("exercise-edit-feel", vm.feelProperty(), 2), vm);
        row = field(form, row, i18n, "stopIf", "library.detail.stopIf",
                area("exercise-edit-stop", vm.stopIfProperty(), 2), vm);
        ComboBox<Exercise> animation = new ComboBox<>(vm.exercises().exercises().filtered(e -> e.animation() != null));
        animation.setId("exercise-edit-animation");
        animation.setPromptText(i18n.get("exercise.field.animation.none"));
        animation.setCellFactory(v -> named());
        animation.setButtonCell(named());
        animation.valueProperty().bindBidirectional(vm.animationFromProperty());
        field(form, row, i18n, "animation", "exercise.field.animation", animation, vm);

        Label error = new Label();
        error.getStyleClass().add("problem-text");
        error.setId("exercise-edit-error");
        Failure.show(error, vm.errorProperty(), i18n);
        ScrollPane scroll = new ScrollPane(new VBox(10, form, error));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 600);
        dialog.getDialogPane().setContent(scroll);
        dialog.show();
    }

    private static int field(GridPane form, int row, Messages i18n, String key, String labelKey, Node input,
            ExerciseEditorViewModel vm) {
        Label label = new Label(i18n.get(labelKey));
        label.setLabelFor(input);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.setId("exercise-problem-" + key);
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            Map<String, String> problems = vm.problemsProperty().get();
            return problems.containsKey(key) ? i18n.get(problems.get(key)) : "";
        }, vm.problemsProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.textProperty().addListener((obs, old, now) -> input.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
        form.addRow(row, label, new VBox(2, input, problem));
        return row + 1;
    }

    private static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static TextInputControl area(String id, StringProperty value, int rows) {
        TextArea area = TabLeaves.of(new TextArea());
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private static <E> ComboBox<E> choice(String id, E[] values, ObjectProperty<E> value,
            Function<E, String> text) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : text.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static <E> Node checks(E[] values, ObservableList<E> chosen, Function<E, String> text) {
        FlowPane pane = new FlowPane(10, 4);
        for (E value : values) {
            CheckBox box = new CheckBox(text.apply(value));
            box.setSelected(chosen.contains(value));
            box.selectedProperty().addListener((obs, old, now) -> {
                if (now && !chosen.contains(value)) {
                    chosen.add(value);
                } else if (!now) {
                    chosen.remove(value);
                }
            });
            pane.getChildren().add(box);
        }
        pane.setPrefWrapLength(480);
        return pane;
    }

    private static ListCell<Exercise> named() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Exercise item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }
}
