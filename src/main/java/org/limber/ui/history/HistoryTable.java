package org.limber.ui.history;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.limber.history.SessionSummary;
import org.limber.i18n.Messages;
import org.limber.routine.Durations;
import org.limber.ui.common.ColumnHeader;

/**
 * Every session in a table. Headers put each word on its own line instead of being cut, each column at least as
 * wide as its longest header word at the current text size, with the full name as a tooltip;
 * numbers right-aligned; dates in the language's short form.
 */
final class HistoryTable {

    private HistoryTable() {
    }

    static TableView<SessionSummary> create(HistoryViewModel vm, Messages i18n) {
        SortedList<SessionSummary> sorted = new SortedList<>(vm.sessions());
        TableView<SessionSummary> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("history-table");
        table.setAccessibleText(i18n.get("history.table.a11y"));
        table.setPrefHeight(360);
        table.setPlaceholder(new Label(i18n.get("empty.history.title")));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(i18n.locale());
        table.getColumns().add(column(i18n.get("history.col.date"), SessionSummary::date, d -> d.format(date), false));
        table.getColumns().add(column(i18n.get("history.col.routine"), SessionSummary::routineName, s -> s, false));
        table.getColumns().add(column(i18n.get("history.col.profile"),
                s -> vm.profileProperty().get() == null ? "" : vm.profileProperty().get().name(), s -> s, false));
        table.getColumns().add(column(i18n.get("history.col.planned"), SessionSummary::plannedSeconds,
                s -> Durations.clock(s * 1000L), true));
        table.getColumns().add(column(i18n.get("history.col.done"), SessionSummary::doneSeconds,
                s -> Durations.clock(s * 1000L), true));
        table.getColumns().add(column(i18n.get("history.col.completion"), SessionSummary::completionPercent,
                p -> p + " %", true));
        table.getColumns().add(column(i18n.get("history.col.painBefore"), SessionSummary::painBefore, String::valueOf,
                true));
        table.getColumns().add(column(i18n.get("history.col.painAfter"), SessionSummary::painAfter, String::valueOf,
                true));
        table.getColumns().add(column(i18n.get("history.col.hurt"), SessionSummary::hurtSteps,
                n -> n == 0 ? "" : String.valueOf(n), true));
        table.getColumns().add(column(i18n.get("history.col.status"), s -> HistoryPage.outcome(s, i18n), s -> s, false));
        table.getColumns().add(column(i18n.get("history.col.notes"), s -> s.notes() == null ? "" : s.notes(), n -> n,
                false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Runnable detail = () -> {
            SessionSummary chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                vm.loadSteps(chosen.id(), steps -> SessionDetail.show(table.getScene().getWindow(), chosen, steps, i18n));
            }
        };
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                detail.run();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                detail.run();
            }
        });
        table.setTooltip(new Tooltip(i18n.get("history.detail.tooltip")));
        return table;
    }

    private static <T extends Comparable<T>> TableColumn<SessionSummary, T> column(String name,
            Function<SessionSummary, T> value, Function<T, String> text, boolean number) {
        TableColumn<SessionSummary, T> column = new TableColumn<>();
        ColumnHeader.wordPerLine(column, name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        if (number) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return column;
    }
}
