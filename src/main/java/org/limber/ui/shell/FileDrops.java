package org.limber.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dropped onto the window from the file manager: those {@code accepted} (routine and
 * results files by their names) are handed to {@code open}, one by one; anything else is not
 * taken. Drags inside the window (steps, exercises) carry no files and are left to their targets.
 */
public final class FileDrops {

    private FileDrops() {
    }

    public static void install(Scene scene, Predicate<Path> accepted, Consumer<Path> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && !files(e, accepted).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = e.getGestureSource() == null ? files(e, accepted) : List.of();
            if (!files.isEmpty()) {
                e.setDropCompleted(true);
                e.consume();
                // after the drop has ended: the import's dialogs wait for answers
                Platform.runLater(() -> files.forEach(open));
            }
        });
    }

    private static List<Path> files(DragEvent e, Predicate<Path> accepted) {
        if (!e.getDragboard().hasFiles()) {
            return List.of();
        }
        return e.getDragboard().getFiles().stream().map(File::toPath).filter(accepted).toList();
    }
}
