package org.limber.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * {@link DialogService} with JavaFX's file and folder choosers and alerts. The choosers start in
 * the documents folder (found in the background, see {@link #startIn}), then wherever the person
 * last saved or opened something while the app runs.
 */
public final class FxDialogService implements DialogService {

    private Path folder;

    /** Where the first dialog starts, found off the FX thread; a folder already used is kept. Call on the FX thread. */
    public void startIn(Path documents) {
        if (folder == null) {
            folder = documents;
        }
    }

    /** The folder the next dialog starts in; null until one is known. */
    Path folder() {
        return folder;
    }

    /** Remembers the folder of what was chosen: no file is read. */
    void used(Path chosen, boolean isFolder) {
        Path parent = isFolder ? chosen : chosen.getParent();
        if (parent != null) {
            folder = parent;
        }
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, FileType type, String suggestedName) {
        FileChooser chooser = chooser(type);
        chooser.setInitialFileName(suggestedName);
        return remember(show(chooser::setInitialDirectory, dir -> chooser.showSaveDialog(owner)), false);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, FileType type) {
        FileChooser chooser = chooser(type);
        return remember(show(chooser::setInitialDirectory, dir -> chooser.showOpenDialog(owner)), false);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return remember(show(chooser::setInitialDirectory, dir -> chooser.showDialog(owner)), true);
    }

    @Override
    public void showError(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(owner);
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }

    /** Shows the dialog in the remembered folder; a folder gone since is refused by some systems: then anywhere. */
    private File show(Consumer<File> setStart, Function<File, File> dialog) {
        File start = folder == null ? null : folder.toFile();
        setStart.accept(start);
        try {
            return dialog.apply(start);
        } catch (IllegalArgumentException gone) {
            setStart.accept(null);
            return dialog.apply(null);
        }
    }

    private Optional<Path> remember(File chosen, boolean isFolder) {
        Optional<Path> path = Optional.ofNullable(chosen).map(File::toPath);
        path.ifPresent(p -> used(p, isFolder));
        return path;
    }

    private static FileChooser chooser(FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), "*" + type.extension()));
        return chooser;
    }
}
