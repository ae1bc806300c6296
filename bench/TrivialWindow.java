package org.limber.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for bench/startup.sh: the smallest JavaFX window, reporting its first frame
 * the same way Limber does. Started with the same JVM and class path as the app.
 */
public final class TrivialWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Hello")), 1180, 760);
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("trivial: first frame after " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            System.out.flush();
        };
        scene.addPostLayoutPulseListener(once[0]);
        stage.setScene(scene);
        stage.show();
    }

    /** A plain main, as JavaFX on the class path needs a launcher that is not the Application. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(TrivialWindow.class, args);
        }
    }
}
