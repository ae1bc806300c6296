package org.limber.ui.player;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The countdown, readable from the floor: its font follows the window height. */
final class Countdown {

    /** Font size as a share of the window height; the digits come out at over a fifth of it. */
    static final double FONT_SHARE = 0.29;
    /** ... but never more than fits the room the player leaves for it (large text takes room too). */
    static final double ROOM_SHARE = 0.8;
    static final double SMALLEST = 48;

    private Countdown() {
    }

    static Label create(ObservableStringValue text, ObservableDoubleValue room) {
        Label countdown = new Label();
        countdown.setId("player-countdown");
        countdown.getStyleClass().add("player-countdown");
        countdown.textProperty().bind(text);
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        countdown.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                countdown.styleProperty().bind(Bindings.createStringBinding(
                        () -> "-fx-font-size: " + Math.round(size(scene.getHeight(), room.get())) + "px;",
                        scene.heightProperty(), room));
            }
        });
        return countdown;
    }

    static double size(double windowHeight, double room) {
        double wanted = windowHeight * FONT_SHARE;
        return room > 0 ? Math.max(SMALLEST, Math.min(wanted, room * ROOM_SHARE)) : wanted;
    }
}
