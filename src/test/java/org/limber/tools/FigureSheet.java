package org.limber.tools;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.library.figure.Animation;
import org.limber.library.figure.KeyPose;
import org.limber.ui.common.figure.FigureView;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dev tool, not a check: draws every key pose of every exercise on one sheet, to look at.
 * {@code mvn test -Dtest=FigureSheet -Dlimber.sheet=/tmp/sheet.png}
 */
@EnabledIfSystemProperty(named = "limber.sheet", matches = ".+")
class FigureSheet {

    @Test
    void draw() throws Exception {
        FxToolkit.registerPrimaryStage();
        Catalogue catalogue = new CatalogueLoader().loadBuiltIn();
        Path out = Path.of(System.getProperty("limber.sheet"));
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(8);
            grid.setStyle("-fx-background-color: white; -fx-padding: 10;");
            List<Exercise> list = catalogue.exercises();
            for (int row = 0; row < list.size(); row++) {
                Exercise e = list.get(row);
                grid.add(new Label(e.id()), 0, row);
                Animation a = e.animation();
                for (int k = 0; k < a.keyPoses().size(); k++) {
                    KeyPose key = a.keyPoses().get(k);
                    FigureView view = new FigureView();
                    view.setPrefSize(220, 120);
                    view.show(new Animation(a.props(), List.of(key, key)), false, false);
                    grid.add(view, k + 1, row);
                }
                FigureView mirrored = new FigureView();
                mirrored.setPrefSize(220, 120);
                mirrored.show(a, true, false);
                grid.add(new VBox(new Label("mirrored"), mirrored), 6, row);
            }
            Scene scene = new Scene(grid);
            scene.getStylesheets().add(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            scene.getStylesheets().add(FigureView.class.getResource("/org/limber/ui/limber.css").toExternalForm());
            grid.applyCss();
            grid.layout();
            return scene.getRoot().snapshot(null, null);
        }).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(out.toString()));
    }
}
