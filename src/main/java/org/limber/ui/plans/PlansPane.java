package org.limber.ui.plans;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.limber.i18n.Messages;
import org.limber.plan.Plan;
import org.limber.routine.Routine;
import org.limber.ui.common.Failure;
import org.limber.ui.common.Icons;
import org.limber.ui.common.Rows;

/** The active profile's plans, with add, change, delete (after asking) and "add to calendar". */
public final class PlansPane {

    private PlansPane() {
    }

    /** {@code heading} names whose plans they are; {@code exportTo} asks where to write the calendar file and writes it. */
    public static Node create(PlansViewModel vm, ObservableList<Routine> routines, ObservableStringValue heading,
            Messages i18n, BiConsumer<Plan, Window> exportTo) {
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.setWrapText(true);
        title.textProperty().bind(heading);
        Label intro = new Label(i18n.get("plans.intro"));
        intro.setWrapText(true);
        ListView<Plan> list = new ListView<>(vm.plans());
        list.setId("plan-list");
        list.setAccessibleText(i18n.get("plans.list.a11y"));
        list.setPrefHeight(180);
        list.setPlaceholder(new Label(i18n.get("plans.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Plan item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item, i18n));
            }
        });
        Button add = button("plan-add", i18n.get("plans.add"), "mdi2c-calendar-plus", i18n.get("plans.add.tip"));
        add.disableProperty().bind(Bindings.isEmpty(routines));
        add.setOnAction(e -> PlanDialog.show(add.getScene().getWindow(), vm, vm.newForm(), routines, i18n));
        Button edit = button("plan-edit", i18n.get("plans.edit"), "mdi2p-pencil-outline", i18n.get("plans.edit.tip"));
        edit.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> {
            Plan plan = list.getSelectionModel().getSelectedItem();
            PlanForm form = vm.newForm();
            form.edit(plan, PlansViewModel.routineOf(plan, routines).orElse(null));
            PlanDialog.show(edit.getScene().getWindow(), vm, form, routines, i18n);
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !edit.isDisabled()) {
                edit.fire();
            }
        });
        Button delete = button("plan-delete", i18n.get("plans.delete"), "mdi2d-delete-outline", i18n.get("plans.delete.tip"));
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            Plan plan = list.getSelectionModel().getSelectedItem();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, i18n.get("plans.delete.body"), ButtonType.OK,
                    ButtonType.CANCEL);
            confirm.initOwner(delete.getScene().getWindow());
            confirm.setHeaderText(i18n.get("plans.delete.header", plan.routineName()));
            confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.delete(plan));
        });
        Button export = button("plan-export", i18n.get("plans.export"), "mdi2c-calendar-export", i18n.get("plans.export.tip"));
        export.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        export.setOnAction(e -> exportTo.accept(list.getSelectionModel().getSelectedItem(), export.getScene().getWindow()));
        Label error = new Label();
        error.getStyleClass().add("problem-text");
        error.setWrapText(true);
        error.setId("plans-error");
        Failure.show(error, vm.errorProperty(), i18n);
        return new VBox(10, title, intro, list, Rows.of(8, add, edit, delete, export), error);
    }

    private static Button button(String id, String text, String icon, String tip) {
        Button button = new Button(text, Icons.icon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    /** "Gentle back · Mon, Wed, Fri · 09:00, 18:00 · from 23 Nov 2026 to 31 Dec 2026". */
    static String describe(Plan plan, Messages i18n) {
        String days = plan.days().size() == 7 ? i18n.get("plans.everyDay") : String.join(", ", plan.orderedDays().stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, i18n.locale())).toList());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(i18n.locale());
        String times = String.join(", ", plan.times().stream().map(time::format).toList());
        String dates = plan.end() == null ? i18n.get("plans.from", date.format(plan.start()))
                : i18n.get("plans.fromTo", date.format(plan.start()), date.format(plan.end()));
        return String.join(" \u00b7 ", plan.routineName(), days, times, dates);
    }
}
