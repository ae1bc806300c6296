package org.limber.ui.shell;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window icon in a few sizes, from assets/icons. */
public final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {
    }

    public static void install(Stage stage) {
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/assets/icons/limber-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }
}
