package org.limber.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A table header with each word of its text on a line of its own and the full name as a tooltip;
 * the column never gets narrower than its longest word at the current text size, measured again
 * when the text size changes. Shared by History's table and the clients overview.
 */
public final class ColumnHeader {

    private ColumnHeader() {
    }

    /** Puts the header on {@code column} and keeps its minimum width. */
    public static void wordPerLine(TableColumn<?, ?> column, String name) {
        Label label = new Label(name.replace(' ', '\n'));
        label.setTextAlignment(TextAlignment.CENTER);
        label.setAlignment(Pos.CENTER);
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setTooltip(new Tooltip(name));
        label.fontProperty().addListener((obs, old, font) -> column.setMinWidth(minWidth(name, font)));
        column.setMinWidth(minWidth(name, label.getFont()));
        column.setGraphic(label);
    }

    /** The width the header needs: its longest word and the header's padding, in {@code font}. */
    public static double minWidth(String name, Font font) {
        Text measure = new Text();
        measure.setFont(font);
        double widest = 0;
        for (String word : name.split(" ")) {
            measure.setText(word);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest) + 1.6 * font.getSize();
    }
}
