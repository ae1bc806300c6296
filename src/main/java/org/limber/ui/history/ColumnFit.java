package org.limber.ui.history;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.limber.history.SessionSummary;
import org.limber.ui.common.ColumnHeader;

/**
 * Keeps each column of History's table at least as wide as what it shows needs at the current
 * text size: its header's longest word, its widest date or number, and for text that wraps its
 * longest word, so no cell is cut short. Measured again when the rows or the text size change.
 * The table scrolls sideways only when even these widths do not fit.
 */
final class ColumnFit {

    /** A column, its header, its shown text per row, and whether that text wraps at its spaces. */
    record Measured(TableColumn<SessionSummary, ?> column, String name, Function<SessionSummary, String> shown,
            boolean wraps) {
    }

    private ColumnFit() {
    }

    static void install(TableView<SessionSummary> table, List<Measured> columns) {
        // run after the pass that changed the rows, the text size or the width: widths and the
        // policy change the table's children, which must not happen while CSS walks them
        boolean[] pending = {false};
        Runnable later = () -> {
            if (!pending[0]) {
                pending[0] = true;
                Platform.runLater(() -> {
                    pending[0] = false;
                    fit(table.getItems(), columns);
                    policy(table, columns);
                });
            }
        };
        table.getItems().addListener((ListChangeListener<SessionSummary>) c -> later.run());
        table.widthProperty().addListener((obs, old, now) -> later.run());
        for (Measured m : columns) {
            ((Label) m.column().getGraphic()).fontProperty().addListener((obs, old, now) -> later.run());
        }
        fit(table.getItems(), columns);
    }

    private static void fit(List<SessionSummary> rows, List<Measured> columns) {
        for (Measured m : columns) {
            Font font = ((Label) m.column().getGraphic()).getFont();
            Text probe = new Text();
            probe.setFont(font);
            double widest = 0;
            Set<String> seen = new HashSet<>();
            for (SessionSummary row : rows) {
                String text = m.shown().apply(row);
                for (String piece : m.wraps() ? text.split("\\s+") : new String[] {text}) {
                    if (seen.add(piece)) {
                        probe.setText(piece);
                        widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                    }
                }
            }
            double content = widest == 0 ? 0 : Math.ceil(widest) + 1.6 * font.getSize();
            double least = Math.max(ColumnHeader.minWidth(m.name(), font), content);
            m.column().setMinWidth(least);
            m.column().setPrefWidth(least);
        }
    }

    /**
     * The columns share the table's width (the last one taking what is left) while their widths
     * fit in it; when they do not, each keeps its width and the table scrolls sideways, so no
     * column lies out of reach past the table's edge.
     */
    private static void policy(TableView<SessionSummary> table, List<Measured> columns) {
        double needed = 0;
        for (Measured m : columns) {
            needed += m.column().getMinWidth();
        }
        double em = ((Label) columns.get(0).column().getGraphic()).getFont().getSize();
        // room for the vertical scroll bar
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 1.2 * em;
        boolean fits = table.getWidth() <= 0 || needed <= room;
        table.setColumnResizePolicy(fits ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                : TableView.UNCONSTRAINED_RESIZE_POLICY);
    }
}
