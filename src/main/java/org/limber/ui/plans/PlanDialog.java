package org.limber.ui.plans;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.routine.Routine;

/** The form for one plan. OK saves only when every field is right; a wrong field is marked and explained. */
final class PlanDialog {

    private PlanDialog() {
    }

    static void show(Window owner, PlansViewModel vm, PlanForm form, ObservableList<Routine> routines, Messages i18n) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("plans.dialog.title"));
        dialog.setHeaderText(i18n.get("plans.dialog.header"));
        dialog.getDialogPane().setId("plan-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ComboBox<Routine> routine = new ComboBox<>(routines);
        routine.setId("plan-routine");
        routine.setAccessibleText(i18n.get("plans.field.routine"));
        routine.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Routine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        routine.setButtonCell(routine.getCellFactory().call(null));
        routine.valueProperty().bindBidirectional(form.routineProperty());
        if (form.routineProperty().get() == null && routines.size() == 1) {
            routine.setValue(routines.get(0));
        }

        TextField times = new TextField();
        times.setId("plan-times");
        times.setAccessibleText(i18n.get("plans.field.times"));
        times.setTooltip(new Tooltip(i18n.get("plans.field.times.hint")));
        times.textProperty().bindBidirectional(form.timesProperty());

        FlowPane days = new FlowPane(8, 8);
        for (DayOfWeek day : DayOfWeek.values()) {
            CheckBox box = new CheckBox(day.getDisplayName(TextStyle.SHORT, i18n.locale()));
            box.setId("plan-day-" + day.name().substring(0, 2));
            box.setAccessibleText(day.getDisplayName(TextStyle.FULL, i18n.locale()));
            box.selectedProperty().bindBidirectional(form.dayProperty(day));
            days.getChildren().add(box);
        }
        DatePicker start = new DatePicker();
        start.setId("plan-start");
        start.setAccessibleText(i18n.get("plans.field.start"));
        start.valueProperty().bindBidirectional(form.startProperty());
        DatePicker end = new DatePicker();
        end.setId("plan-end");
        end.setAccessibleText(i18n.get("plans.field.end"));
        end.setPromptText(i18n.get("plans.field.end.none"));
        end.valueProperty().bindBidirectional(form.endProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        row = field(grid, row, i18n.get("plans.field.routine"), routine, form.routineProblemProperty(), i18n);
        row = field(grid, row, i18n.get("plans.field.times"), new VBox(4, times,
                muted(i18n.get("plans.field.times.hint"))), form.timesProblemProperty(), i18n);
        row = field(grid, row, i18n.get("plans.field.days"), days, form.daysProblemProperty(), i18n);
        row = field(grid, row, i18n.get("plans.field.start"), start, new SimpleStringProperty(""), i18n);
        field(grid, row, i18n.get("plans.field.end"), end, form.datesProblemProperty(), i18n);
        dialog.getDialogPane().setContent(grid);

        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(i18n.get("plans.save"));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.save(form)) {
                e.consume();
            }
        });
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }

    private static int field(GridPane grid, int row, String name, Node control, StringProperty problem, Messages i18n) {
        Label label = new Label(name);
        label.setLabelFor(control);
        Label shown = new Label();
        shown.getStyleClass().add("problem-text");
        shown.setWrapText(true);
        shown.textProperty().bind(Bindings.createStringBinding(
                () -> problem.get().isEmpty() ? "" : i18n.get(problem.get()), problem));
        shown.managedProperty().bind(shown.textProperty().isNotEmpty());
        problem.addListener((obs, old, now) -> control.pseudoClassStateChanged(
                PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
        grid.add(label, 0, row);
        grid.add(new VBox(4, control, shown), 1, row);
        return row + 1;
    }
}
