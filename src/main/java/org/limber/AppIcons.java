package org.limber;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window icon in a few sizes, from assets/icons. */
final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    static void install(Stage stage) {
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/assets/icons/limber-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }
}
