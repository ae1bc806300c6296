package org.limber.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import org.limber.settings.Settings;

/** Applies the chosen AtlantaFX theme, Limber's stylesheet and the text size. */
public final class Themes {

    private static final String STYLESHEET = Themes.class.getResource("/org/limber/ui/limber.css").toExternalForm();

    private static final List<String> STYLE_CLASSES = List.of("theme-light", "theme-dark", "theme-contrast");

    private Themes() {
    }

    static String textSizeClass(Settings.TextSize size) {
        return "text-" + size.name().toLowerCase(Locale.ROOT);
    }

    /** The root's style class for a theme; high contrast is dark AtlantaFX with Limber's own colours on top. */
    public static String styleClass(Settings.Theme theme) {
        return switch (theme) {
            case LIGHT -> "theme-light";
            case DARK -> "theme-dark";
            case HIGH_CONTRAST -> "theme-contrast";
        };
    }

    /**
     * Sets the theme's stylesheet as the application's. Called before the first control is
     * made: a control made earlier would load JavaFX's own Modena stylesheet first, for nothing.
     */
    public static void useUserAgentStylesheet(Settings settings) {
        String userAgent = settings.theme() == Settings.Theme.LIGHT
                ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet();
        if (!userAgent.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(userAgent);
        }
    }

    public static void apply(Scene scene, Settings settings) {
        useUserAgentStylesheet(settings);
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.getRoot().getStyleClass().removeAll(STYLE_CLASSES);
        scene.getRoot().getStyleClass().add(styleClass(settings.theme()));
        scene.getRoot().setStyle("-fx-font-size: " + settings.textSize().pixels() + "px;");
        // icon sizes are pixels in Ikonli, not em: a class per text size lets the stylesheet scale them
        for (Settings.TextSize size : Settings.TextSize.values()) {
            scene.getRoot().getStyleClass().remove(textSizeClass(size));
        }
        scene.getRoot().getStyleClass().add(textSizeClass(settings.textSize()));
    }
}
