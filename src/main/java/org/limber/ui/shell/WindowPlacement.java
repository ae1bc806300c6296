package org.limber.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.limber.settings.Settings.WindowBounds;

/** Restores the window where it was left, as long as that is still on a screen. */
public final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 520;

    private WindowPlacement() {
    }

    public static void restore(Stage stage, WindowBounds bounds) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (bounds == null || !onSomeScreen(bounds)) {
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(Math.max(MIN_WIDTH, bounds.width()));
        stage.setHeight(Math.max(MIN_HEIGHT, bounds.height()));
        stage.setMaximized(bounds.maximized());
    }

    public static WindowBounds capture(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    private static boolean onSomeScreen(WindowBounds b) {
        if (b.width() < 100 || b.height() < 100 || Double.isNaN(b.x()) || Double.isNaN(b.y())) {
            return false;
        }
        return !Screen.getScreensForRectangle(b.x() + 20, b.y() + 20, 100, 60).isEmpty();
    }
}
