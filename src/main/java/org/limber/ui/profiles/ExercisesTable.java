package org.limber.ui.profiles;

import java.text.NumberFormat;
import javafx.scene.control.TableView;
import org.limber.clients.ExerciseResult;
import org.limber.i18n.Messages;

/** How each exercise went for the chosen client: done, skipped, "it hurts", the mean change of pain. */
final class ExercisesTable {

    private ExercisesTable() {
    }

    static TableView<ExerciseResult> create(ClientsViewModel vm, Messages i18n) {
        NumberFormat change = NumberFormat.getNumberInstance(i18n.locale());
        change.setMaximumFractionDigits(1);
        change.setMinimumFractionDigits(1);
        TableView<ExerciseResult> table = new TableView<>(vm.exercises());
        table.setId("client-exercises");
        table.setAccessibleText(i18n.get("clients.exercises.title"));
        table.setPrefHeight(220);
        table.setPlaceholder(ClientsPane.wrapping(i18n.get("clients.exercises.none")));
        table.getColumns().add(Columns.text(i18n.get("clients.ex.name"), ExerciseResult::name, n -> n, false));
        table.getColumns().add(Columns.text(i18n.get("clients.ex.done"), ExerciseResult::done, String::valueOf, true));
        table.getColumns().add(Columns.text(i18n.get("clients.ex.skipped"), ExerciseResult::skipped, String::valueOf,
                true));
        table.getColumns().add(Columns.text(i18n.get("clients.ex.hurt"), ExerciseResult::hurt, String::valueOf, true));
        table.getColumns().add(Columns.text(i18n.get("clients.ex.painChange"), r -> r,
                r -> r.painChange() == null ? "\u2013" : (r.painChange() > 0 ? "+" : "") + change.format(r.painChange()),
                true));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
