package org.limber.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The header at a narrow width or a large text: the app's name and the tools keep their whole
 * width, and the tagline is left out (never cut) while it cannot show whole.
 */
final class HeaderFit {

    private HeaderFit() {
    }

    /** Hides {@code optional} whenever the header is narrower than all its children side by side. */
    static void hideWhenCramped(HBox header, Region optional) {
        optional.managedProperty().bind(optional.visibleProperty());
        Runnable check = () -> optional.setVisible(header.getWidth() <= 0 || header.getWidth() >= needed(header, optional));
        header.widthProperty().addListener((obs, old, now) -> check.run());
        optional.widthProperty().addListener((obs, old, now) -> check.run());
        header.needsLayoutProperty().addListener((obs, old, now) -> {
            if (!now) {
                check.run();
            }
        });
    }

    /** The width all children take side by side at their preferred widths (an empty spacer's is none). */
    private static double needed(HBox header, Region optional) {
        double width = header.snappedLeftInset() + header.snappedRightInset();
        int shown = 0;
        for (Node child : header.getChildren()) {
            if (child == optional || child.isManaged()) {
                width += child.prefWidth(-1);
                shown++;
            }
        }
        return width + header.getSpacing() * Math.max(0, shown - 1);
    }
}
