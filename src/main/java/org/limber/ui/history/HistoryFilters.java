package org.limber.ui.history;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Control;
import javafx.scene.layout.VBox;
import org.limber.history.HistoryStore;
import org.limber.i18n.Messages;
import org.limber.ui.common.Rows;

/** Whose history, from when to when, and which routine. */
final class HistoryFilters {

    private HistoryFilters() {
    }

    static Node create(HistoryViewModel vm, Messages i18n) {
        ComboBox<HistoryStore.Profile> profile = new ComboBox<>(vm.profiles());
        profile.setId("history-profile");
        profile.setAccessibleText(i18n.get("history.filter.profile"));
        profile.setCellFactory(v -> profileCell());
        profile.setButtonCell(profileCell());
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        DatePicker from = new DatePicker();
        from.setId("history-from");
        from.setAccessibleText(i18n.get("history.filter.from"));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.setStyle("-fx-pref-width: 11em;");
        DatePicker to = new DatePicker();
        to.setId("history-to");
        to.setAccessibleText(i18n.get("history.filter.to"));
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.setStyle("-fx-pref-width: 11em;");
        ComboBox<String> routine = new ComboBox<>();
        routine.setId("history-routine");
        routine.setAccessibleText(i18n.get("history.filter.routine"));
        Runnable fill = () -> {
            String chosen = vm.routineProperty().get();
            routine.getItems().setAll((String) null);
            routine.getItems().addAll(vm.routineNames());
            routine.setValue(chosen);
        };
        vm.routineNames().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        routine.setCellFactory(v -> routineCell(i18n));
        routine.setButtonCell(routineCell(i18n));
        routine.valueProperty().addListener((obs, old, now) -> vm.routineProperty().set(now));
        // each label above its field: the row wraps between whole fields, never pushing one off the side
        return Rows.of(16, labelled(i18n.get("history.filter.profile"), profile),
                labelled(i18n.get("history.filter.from"), from), labelled(i18n.get("history.filter.to"), to),
                labelled(i18n.get("history.filter.routine"), routine));
    }

    private static Node labelled(String text, Control field) {
        Label label = Rows.keepText(new Label(text));
        label.setLabelFor(field);
        Rows.keepText(field);
        return new VBox(4, label, field);
    }

    private static ListCell<HistoryStore.Profile> profileCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(HistoryStore.Profile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        };
    }

    private static ListCell<String> routineCell(Messages i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? i18n.get("history.filter.allRoutines") : item);
            }
        };
    }
}
