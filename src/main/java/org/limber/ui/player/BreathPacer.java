package org.limber.ui.player;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/** A circle that grows while breathing in, rests while holding, and shrinks while breathing out. */
final class BreathPacer extends StackPane {

    static final double SMALLEST = 0.35;

    BreathPacer(ObservableDoubleValue breath) {
        setId("player-pacer");
        getStyleClass().add("breath-pacer");
        Circle outline = new Circle();
        outline.getStyleClass().add("pacer-outline");
        Circle lungs = new Circle();
        lungs.getStyleClass().add("pacer-fill");
        DoubleBinding max = Bindings.createDoubleBinding(
                () -> Math.max(30, Math.min(getWidth(), getHeight()) / 2 - 16), widthProperty(), heightProperty());
        outline.radiusProperty().bind(max);
        lungs.radiusProperty().bind(Bindings.createDoubleBinding(
                () -> max.get() * (SMALLEST + (1 - SMALLEST) * breath.get()), max, breath));
        getChildren().addAll(outline, lungs);
        setMinSize(120, 120);
    }
}
