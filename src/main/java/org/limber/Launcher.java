package org.limber;

import javafx.application.Application;

/**
 * The entry point. A plain class (not an {@link Application}) so that class-path and packaged
 * launches find the JavaFX runtime.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(LimberApp.class, args);
    }
}
