package org.limber.ui.player;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A vertical scroll pane that asks to be as tall as its words wrapped at the width it is given.
 * A plain scroll pane asks its content for its height unwrapped (one long line per label), so a
 * panel sized from it came out too short and cut what did fit; a height bound to the content's
 * laid-out height lags a layout pass behind, and a panel that no longer changes never catches up.
 */
final class WordsScroll extends ScrollPane {

    WordsScroll(Node content) {
        super(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinHeight(0);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        Node content = getContent();
        if (content == null) {
            return super.computePrefHeight(width);
        }
        double inside = width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
        return snappedTopInset() + content.prefHeight(inside) + snappedBottomInset();
    }
}
