package org.limber.ui.library;

import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.limber.i18n.Messages;

/** A filter drop-down whose first entry, "all", stands for no filter. */
final class FilterBox {

    private FilterBox() {
    }

    static <E> ComboBox<E> of(String id, E[] values, ObjectProperty<E> target, Messages i18n, String allKey,
            Function<E, String> key) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(Arrays.asList(values));
        box.setAccessibleText(i18n.get(allKey));
        box.setTooltip(new Tooltip(i18n.get(allKey)));
        box.setCellFactory(v -> cell(i18n, allKey, key));
        box.setButtonCell(cell(i18n, allKey, key));
        box.valueProperty().bindBidirectional(target);
        return box;
    }

    private static <E> ListCell<E> cell(Messages i18n, String allKey, Function<E, String> key) {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? i18n.get(allKey) : i18n.get(key.apply(item)));
            }
        };
    }
}
