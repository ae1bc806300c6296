package org.limber.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A row of controls that wraps onto a second line instead of cutting words short, so it still
 * reads at the largest text size. Labels and buttons in it keep their full text.
 */
public final class Rows {

    private Rows() {
    }

    public static FlowPane of(double gap, Node... nodes) {
        FlowPane row = new FlowPane(gap, gap * 0.75, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node node : nodes) {
            keepText(node);
        }
        return row;
    }

    /** The node never shrinks below the width its text needs. */
    public static <T extends Node> T keepText(T node) {
        if (node instanceof Labeled || node instanceof ComboBoxBase<?>) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        return node;
    }
}
