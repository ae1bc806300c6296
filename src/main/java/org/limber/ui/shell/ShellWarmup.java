package org.limber.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.limber.settings.Settings;
import org.limber.ui.common.Icons;

/**
 * Styles and lays out a throwaway scene holding one of each kind of control the shell shows,
 * on the FX thread while the shell itself is still being built on another thread (ADR 5): the
 * real styling pass then finds JavaFX's CSS, skin and text code loaded and compiled. Nothing
 * is shown, and nothing refers to the scene afterwards.
 */
public final class ShellWarmup {

    private ShellWarmup() {
    }

    public static void run(Settings settings) {
        ToggleButton button = new ToggleButton("Limber", Icons.icon("mdi2h-help-circle-outline"));
        button.getStyleClass().add("nav-button");
        Label label = new Label("Limber");
        label.getStyleClass().addAll("title-3", "text-muted");
        VBox root = new VBox(button, label);
        Themes.apply(new Scene(root), settings);
        root.applyCss();
        root.layout();
    }
}
