package org.limber.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;

/** Keeps the focused control of a scroll pane in view, so Tab never moves the focus out of sight. */
public final class ScrollToFocus {

    /** Room kept above and below a revealed node, so it never sits on the edge of the view. */
    private static final double MARGIN = 32;

    private ScrollToFocus() {
    }

    public static void install(ScrollPane scroll) {
        // a control focused by a press of the mouse is in view already; scrolling it away
        // before the button is let go would move it from under the pointer and lose the click
        boolean[] pressed = {false};
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressed[0] = true);
        scroll.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> pressed[0] = false);
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> {
                    if (!pressed[0]) {
                        reveal(scroll, focused);
                    }
                });
            }
        });
    }

    /** Scrolls by {@code pages} visible heights (negative: up), for Page Up/Down and the arrows. */
    public static void byPages(ScrollPane scroll, double pages) {
        double viewport = scroll.getViewportBounds().getHeight();
        double overflow = scroll.getContent().getBoundsInLocal().getHeight() - viewport;
        if (overflow > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, scroll.getVvalue() + pages * viewport / overflow)));
        }
    }

    /**
     * Scrolls just enough to show {@code node} if it lies inside the pane's content, with a
     * margin above and below it (less when the node hardly fits).
     */
    public static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || !isInside(node, content)) {
            return;
        }
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double margin = Math.max(0, Math.min(MARGIN, (viewport - inContent.getHeight()) / 2));
        double newTop = top;
        if (inContent.getMinY() - margin < top) {
            newTop = inContent.getMinY() - margin;
        } else if (inContent.getMaxY() + margin > top + viewport) {
            newTop = inContent.getMaxY() + margin - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
