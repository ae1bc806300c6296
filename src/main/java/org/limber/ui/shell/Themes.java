package org.limber.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
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

    /**
     * Every dialog the app opens (alerts, confirmations, forms) gets the window's theme and text
     * size, is sized again for it and kept inside its owner, so a dialog is as readable as the
     * page behind it.
     */
    public static void followInDialogs(Supplier<Settings> settings) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof Stage dialog && dialog.getOwner() != null && dialog.getScene() != null) {
                        apply(dialog.getScene(), settings.get());
                        // sized once it is on screen: before that its width and height are not known
                        Platform.runLater(() -> fit(dialog));
                    }
                }
            }
        });
    }

    private static void fit(Stage dialog) {
        Window owner = dialog.getOwner();
        if (!dialog.isShowing() || owner == null) {
            return;
        }
        Parent root = dialog.getScene().getRoot();
        root.applyCss();
        // a button never gives up its words ("Keep my current …"): the dialog is made wide enough
        for (Node button : root.lookupAll(".button")) {
            // (the button bar fixed each button's width for the font before the text size came)
            ButtonBar.setButtonUniformSize(button, false);
            ((Region) button).setPrefWidth(Region.USE_COMPUTED_SIZE);
            ((Region) button).setMinWidth(Region.USE_PREF_SIZE);
        }
        root.requestLayout();
        root.layout();
        dialog.sizeToScene();
        Rectangle2D screen = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double frame = dialog.getWidth() - dialog.getScene().getWidth();
        double width = Math.min(Math.max(dialog.getWidth(), root.minWidth(-1) + frame), screen.getWidth());
        double height = Math.min(dialog.getHeight(), screen.getHeight());
        if (Double.isNaN(width) || Double.isNaN(height)) {
            return;
        }
        dialog.setWidth(width);
        dialog.setHeight(height);
        double x = owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner.getY() + (owner.getHeight() - height) / 2;
        dialog.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        dialog.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
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
