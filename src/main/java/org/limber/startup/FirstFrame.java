package org.limber.startup;

import javafx.scene.Scene;

/** Calls back once, on the first pulse after the scene was laid out for showing. */
public final class FirstFrame {

    private FirstFrame() {
    }

    public static void notify(Scene scene, Runnable callback) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                scene.removePostLayoutPulseListener(self[0]);
                callback.run();
            }
        };
        scene.addPostLayoutPulseListener(self[0]);
    }
}
