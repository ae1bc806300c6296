package org.limber.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps the focused control of a scroll pane in view, so Tab never moves the focus out of sight. */
public final class ScrollToFocus {

    private ScrollToFocus() {
    }

    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> reveal(scroll, focused));
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

    /** Scrolls just enough to show {@code node} if it lies inside the pane's content. */
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
        double newTop = top;
        if (inContent.getMinY() < top) {
            newTop = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewport) {
            newTop = inContent.getMaxY() - viewport;
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
