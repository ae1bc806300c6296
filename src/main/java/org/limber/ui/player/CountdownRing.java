package org.limber.ui.player;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;

/** A ring that fills as the current phase passes; it sits beside the phase name. */
final class CountdownRing extends StackPane {

    CountdownRing(ObservableDoubleValue fraction, double size) {
        getStyleClass().add("countdown-ring");
        double radius = size / 2 - 8;
        Circle track = new Circle(radius);
        track.getStyleClass().add("ring-track");
        Arc arc = new Arc(0, 0, radius, radius, 90, 0);
        arc.getStyleClass().add("ring-progress");
        arc.setType(ArcType.OPEN);
        arc.lengthProperty().bind(Bindings.createDoubleBinding(() -> -360 * fraction.get(), fraction));
        getChildren().addAll(track, arc);
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
    }
}
