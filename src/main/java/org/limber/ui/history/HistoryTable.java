package org.limber.ui.history;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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
        // whose sessions is the filter above: one person, so no column for it
        List<ColumnFit.Measured> measured = List.of(
                column(table, i18n.get("history.col.date"), SessionSummary::date, d -> d.format(date), Kind.FIXED),
                column(table, i18n.get("history.col.routine"), SessionSummary::routineName, s -> s, Kind.WRAPS),
                column(table, i18n.get("history.col.planned"), SessionSummary::plannedSeconds,
                        s -> Durations.clock(s * 1000L), Kind.NUMBER),
                column(table, i18n.get("history.col.done"), SessionSummary::doneSeconds, s -> Durations.clock(s * 1000L),
                        Kind.NUMBER),
                column(table, i18n.get("history.col.completion"), SessionSummary::completionPercent, p -> p + " %",
                        Kind.NUMBER),
                column(table, i18n.get("history.col.painBefore"), SessionSummary::painBefore, String::valueOf,
                        Kind.NUMBER),
                column(table, i18n.get("history.col.painAfter"), SessionSummary::painAfter, String::valueOf, Kind.NUMBER),
                column(table, i18n.get("history.col.hurt"), SessionSummary::hurtSteps, n -> n == 0 ? "" : String.valueOf(n),
                        Kind.NUMBER),
                column(table, i18n.get("history.col.status"), s -> HistoryPage.outcome(s, i18n), s -> s, Kind.WRAPS),
                column(table, i18n.get("history.col.notes"), s -> s.notes() == null ? "" : s.notes(), n -> n, Kind.WRAPS));
        ColumnFit.install(table, measured);
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

    /** A date or number stays on one line; text wraps at its spaces. */
    private enum Kind { FIXED, NUMBER, WRAPS }

    private static <T extends Comparable<T>> ColumnFit.Measured column(TableView<SessionSummary> table, String name,
            Function<SessionSummary, T> value, Function<T, String> text, Kind kind) {
        TableColumn<SessionSummary, T> column = new TableColumn<>();
        ColumnHeader.wordPerLine(column, name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(kind == Kind.WRAPS);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }

            // the row asks its cells' height without a width: text that wraps is measured at the column's
            @Override
            protected double computePrefHeight(double width) {
                return super.computePrefHeight(width < 0 && isWrapText() && getTableColumn() != null
                        ? getTableColumn().getWidth() : width);
            }
        });
        if (kind == Kind.NUMBER) {
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        table.getColumns().add(column);
        return new ColumnFit.Measured(column, name, s -> {
            T item = value.apply(s);
            return item == null ? "" : text.apply(item);
        }, kind == Kind.WRAPS);
    }
}
