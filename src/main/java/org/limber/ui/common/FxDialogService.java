package org.limber.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX's file and folder choosers and alerts. */
public final class FxDialogService implements DialogService {

    @Override
    public Optional<Path> chooseFileToSave(Window owner, FileType type, String suggestedName) {
        FileChooser chooser = chooser(type);
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, FileType type) {
        return path(chooser(type).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return path(chooser.showDialog(owner));
    }

    @Override
    public void showError(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(owner);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    private static FileChooser chooser(FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), "*" + type.extension()));
        return chooser;
    }

    private static Optional<Path> path(File chosen) {
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
