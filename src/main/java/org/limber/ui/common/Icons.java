package org.limber.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.IkonResolverProvider;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.JavaFXFontLoader;

/** Small helpers for icon buttons that still carry text for screen readers and tooltips. */
public final class Icons {

    private Icons() {
    }

    /**
     * Has the FX thread load the icon font (a large file) at its next turn rather than with
     * the first icon made. An icon made meanwhile on another thread waits for it.
     */
    public static void loadFontOnFxThread() {
        Platform.runLater(() -> IkonResolverProvider
                .getInstance(JavaFXFontLoader.getInstance()).resolve("mdi2h-help-circle-outline"));
    }

    public static FontIcon icon(String literal) {
        return new FontIcon(literal);
    }

    public static Button iconButton(String literal, String text) {
        Button button = new Button(null, icon(literal));
        button.getStyleClass().addAll("button-icon", "flat");
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        return button;
    }
}
