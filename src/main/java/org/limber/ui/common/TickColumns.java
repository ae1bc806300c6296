package org.limber.ui.common;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Tick boxes in two columns while every word of every label fits whole in half the width, and
 * in one column otherwise: a long German word ("Handgelenksbeschwerden") is never broken.
 */
final class TickColumns {

    private TickColumns() {
    }

    static GridPane of(List<CheckBox> boxes) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        Runnable arrange = () -> arrange(grid, boxes, twoFit(grid, boxes) ? 2 : 1);
        grid.widthProperty().addListener((obs, old, now) -> arrange.run());
        // the boxes' sizes are known only once styled and laid out: check again after each layout
        grid.needsLayoutProperty().addListener((obs, old, now) -> {
            if (!now) {
                arrange.run();
            }
        });
        arrange.run();
        return grid;
    }

    private static void arrange(GridPane grid, List<CheckBox> boxes, int columns) {
        if (grid.getColumnConstraints().size() == columns) {
            return;
        }
        Node focused = grid.getScene() == null ? null : grid.getScene().getFocusOwner();
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (int column = 0; column < columns; column++) {
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(share);
        }
        for (int i = 0; i < boxes.size(); i++) {
            grid.add(boxes.get(i), i % columns, i / columns);
        }
        if (focused != null && boxes.contains(focused)) {
            focused.requestFocus();
        }
    }

    private static boolean twoFit(GridPane grid, List<CheckBox> boxes) {
        double half = (grid.getWidth() - grid.snappedLeftInset() - grid.snappedRightInset() - grid.getHgap()) / 2;
        if (half <= 0) {
            return false;
        }
        for (CheckBox box : boxes) {
            Font font = box.getFont();
            // the box's mark, the gap and the padding: its width on one line less its words
            double mark = box.prefWidth(-1) - width(box.getText(), font);
            for (String word : box.getText().split("\\s+|(?<=-)")) {
                if (mark + width(word, font) > half) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
