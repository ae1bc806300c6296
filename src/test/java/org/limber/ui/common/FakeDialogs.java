package org.limber.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** A {@link DialogService} that answers with what the test set and remembers the errors it was asked to show. */
public final class FakeDialogs implements DialogService {

    public Path answer;
    public final List<String> errors = new ArrayList<>();
    public final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToSave(Window owner, FileType type, String suggestedName) {
        asked.add(suggestedName);
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Window owner, FileType type) {
        asked.add(type.extension());
        return Optional.ofNullable(answer);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        asked.add(title);
        return Optional.ofNullable(answer);
    }

    @Override
    public void showError(Window owner, String text) {
        errors.add(text);
    }
}
