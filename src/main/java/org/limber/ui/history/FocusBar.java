package org.limber.ui.history;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.limber.i18n.Messages;
import org.limber.ui.common.Icons;
import org.limber.ui.common.Rows;
import org.limber.ui.common.SessionsFocus;

/** Above the sessions table while it shows only the sessions behind an alert: which, and a way back to all. */
final class FocusBar {

    private FocusBar() {
    }

    static Node create(HistoryViewModel vm, Messages i18n) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        Label what = new Label();
        what.setId("history-focus-text");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        what.textProperty().bind(Bindings.createStringBinding(() -> {
            SessionsFocus f = vm.focusProperty().get();
            return f == null ? "" : f.sessionIds().isEmpty()
                    ? i18n.get("history.focus.days", f.from().format(date), f.to().format(date))
                    : i18n.get("history.focus.sessions", f.sessionIds().size(), f.from().format(date), f.to().format(date));
        }, vm.focusProperty()));
        Button all = new Button(i18n.get("history.focus.all"), Icons.icon("mdi2f-filter-remove-outline"));
        all.setId("history-focus-all");
        all.setWrapText(true);
        all.setOnAction(e -> vm.showAll());
        FlowPane bar = Rows.of(12, what, all);
        bar.setId("history-focus");
        bar.getStyleClass().add("insight-banner");
        bar.visibleProperty().bind(vm.focusProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }
}
