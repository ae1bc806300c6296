package org.limber.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The questions a screen asks through the system's dialogs: which file, which folder, and error
 * messages. The app uses {@link FxDialogService}; tests hand in a fake, so nothing here needs a
 * window to be tested (in the spirit of JabRef's DialogService).
 */
public interface DialogService {

    /** Where to save; empty when the person cancelled. */
    Optional<Path> chooseFileToSave(Window owner, FileType type, String suggestedName);

    /** Which file to open; empty when the person cancelled. */
    Optional<Path> chooseFileToOpen(Window owner, FileType type);

    /** Which folder; empty when the person cancelled. */
    Optional<Path> chooseFolder(Window owner, String title);

    /** Shows an error without waiting for it to be closed. */
    void showError(Window owner, String text);
}
