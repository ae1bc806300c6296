package org.limber.ui.profiles;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;

/** A small line of the pain after the latest sessions, 0 at the bottom and 10 at the top. */
final class Sparkline {

    static final double WIDTH = 72;
    static final double HEIGHT = 20;

    private Sparkline() {
    }

    static Pane of(List<Integer> pains) {
        Polyline line = new Polyline();
        line.getStyleClass().add("client-sparkline");
        int n = pains.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? WIDTH / 2 : i * WIDTH / (n - 1);
            line.getPoints().addAll(x, HEIGHT - pains.get(i) * HEIGHT / 10);
        }
        Pane pane = new Pane(line);
        pane.setMinSize(WIDTH, HEIGHT);
        pane.setPrefSize(WIDTH, HEIGHT);
        pane.setMaxSize(WIDTH, HEIGHT);
        return pane;
    }
}
