package org.limber.ui.profiles;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.limber.ui.common.ColumnHeader;

/**
 * Table columns for the clients overview: headers with each word on its own line, never narrower
 * than their longest word at the current text size; numbers right-aligned.
 */
final class Columns {

    private Columns() {
    }

    static <S, T> TableColumn<S, T> text(String name, Function<S, T> value, Function<T, String> text, boolean number) {
        TableColumn<S, T> column = column(name, value);
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

    static <S, T> TableColumn<S, T> graphic(String name, Function<S, T> value, Function<T, Node> graphic) {
        TableColumn<S, T> column = column(name, value);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : graphic.apply(item));
            }
        });
        return column;
    }

    private static <S, T> TableColumn<S, T> column(String name, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>();
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        ColumnHeader.wordPerLine(column, name);
        return column;
    }
}
