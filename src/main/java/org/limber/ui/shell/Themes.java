package org.limber.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import org.limber.settings.Settings;

/** Applies the chosen AtlantaFX theme, Limber's stylesheet and the text size. */
public final class Themes {

    private static final String STYLESHEET = Themes.class.getResource("/org/limber/ui/limber.css").toExternalForm();

    private Themes() {
    }

    public static void apply(Scene scene, Settings settings) {
        String userAgent = settings.theme() == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(userAgent);
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(settings.theme() == Settings.Theme.DARK ? "theme-dark" : "theme-light");
        scene.getRoot().setStyle("-fx-font-size: " + settings.textSize().pixels() + "px;");
    }
}
