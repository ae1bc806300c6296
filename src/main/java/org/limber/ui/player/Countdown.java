package org.limber.ui.player;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The countdown, readable from the floor: its font follows the window height, not the text size. */
final class Countdown {

    /** Font size as a share of the window height: the label comes out taller than a fifth of the window. */
    static final double FONT_SHARE = 0.2;

    private Countdown() {
    }

    static Label create(ObservableStringValue text) {
        Label countdown = new Label();
        countdown.setId("player-countdown");
        countdown.getStyleClass().add("player-countdown");
        countdown.textProperty().bind(text);
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        countdown.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                countdown.styleProperty().bind(Bindings.createStringBinding(
                        () -> "-fx-font-size: " + Math.round(size(scene.getHeight())) + "px;", scene.heightProperty()));
            }
        });
        return countdown;
    }

    static double size(double windowHeight) {
        return windowHeight * FONT_SHARE;
    }
}
