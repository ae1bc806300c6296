package org.limber.ui.common.figure;

import atlantafx.base.theme.PrimerLight;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.limber.library.figure.Animation;
import org.limber.library.figure.StillImage;

/** Renders the key pose with the same {@link FigureView} the screen uses, into pixels. FX thread only. */
public final class FigureStills {

    private FigureStills() {
    }

    public static StillImage render(Animation animation, int width, int height) {
        FigureView view = new FigureView();
        view.setPrefSize(width, height);
        view.setMinSize(width, height);
        view.setMaxSize(width, height);
        view.show(animation, false, false);
        StackPane root = new StackPane(view);
        Scene scene = new Scene(root, width, height, Color.WHITE);
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(FigureStills.class.getResource("/org/limber/ui/limber.css").toExternalForm());
        root.applyCss();
        root.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setViewport(new Rectangle2D(0, 0, width, height));
        WritableImage image = root.snapshot(parameters, null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return new StillImage(w, h, pixels);
    }
}
