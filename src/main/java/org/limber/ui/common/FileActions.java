package org.limber.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;

/**
 * Saving a file the one way every screen does it: ask where, fix the extension, write off the
 * FX thread, report. Success goes to the status line; a failure is a {@link Failure} with the
 * target and the reason, shown in an error dialog unless the caller shows it in place.
 */
public final class FileActions {

    /** The writing, off the FX thread; returns the path to report (the file, or the folder written into). */
    @FunctionalInterface
    public interface Write {
        Path to(Path chosen) throws Exception;
    }

    /** What was written and, where there is one, a sentence to add to the report. */
    public record Saved(Path path, String note) {
    }

    /** Writing that has something to add to the report (what could not be printed, say). */
    @FunctionalInterface
    public interface WriteAndTell {
        Saved to(Path chosen) throws Exception;
    }

    /**
     * Writing done in several background steps by the caller (through the executor, so other work
     * gets the database between them): started on the FX thread with the chosen place, it calls
     * {@code done} with the path to report or {@code failed}, on the FX thread.
     */
    @FunctionalInterface
    public interface Steps {
        void start(Path chosen, Consumer<Path> done, Consumer<Throwable> failed);
    }

    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final Messages i18n;
    private final Consumer<String> status;

    public FileActions(DialogService dialogs, BackgroundExecutor executor, Messages i18n, Consumer<String> status) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.i18n = i18n;
        this.status = status;
    }

    /** Saves a file; failures in an error dialog. */
    public void save(Window owner, FileType type, String suggestedName, Supplier<Write> prepare, String doneKey,
            String failedKey) {
        save(owner, type, suggestedName, prepare, doneKey, failedKey, errorDialog(owner));
    }

    /**
     * Asks where to save, fixes the extension, then (only if a file was chosen) asks
     * {@code prepare} on the FX thread for the writing (null: nothing to write) and runs it in the
     * background.
     * {@code doneKey} gets the written path; {@code failedKey} the path and the reason.
     */
    public void save(Window owner, FileType type, String suggestedName, Supplier<Write> prepare, String doneKey,
            String failedKey, Consumer<Failure> failed) {
        dialogs.chooseFileToSave(owner, type, suggestedName).map(type::withExtension)
                .ifPresent(target -> write(target, prepare.get(), doneKey, failedKey, failed));
    }

    /** Like {@link #save}; the report adds the writing's own note. Failures in an error dialog. */
    public void saveAndTell(Window owner, FileType type, String suggestedName, Supplier<WriteAndTell> prepare,
            String doneKey, String failedKey) {
        dialogs.chooseFileToSave(owner, type, suggestedName).map(type::withExtension).ifPresent(target -> {
            WriteAndTell write = prepare.get();
            if (write != null) {
                executor.submit(() -> write.to(target), saved -> status.accept(saved.note().isEmpty()
                        ? i18n.get(doneKey, saved.path()) : i18n.get(doneKey, saved.path()) + " " + saved.note()),
                        e -> errorDialog(owner).accept(Failure.of(failedKey, e, target)));
            }
        });
    }

    /** Like {@link #save}, into a folder the person chooses. */
    public void saveIntoFolder(Window owner, String title, Supplier<Write> prepare, String doneKey, String failedKey,
            Consumer<Failure> failed) {
        dialogs.chooseFolder(owner, title).ifPresent(folder -> write(folder, prepare.get(), doneKey, failedKey, failed));
    }

    /** Like {@link #saveIntoFolder}, for writing in steps. */
    public void saveIntoFolderInSteps(Window owner, String title, Supplier<Steps> prepare, String doneKey,
            String failedKey, Consumer<Failure> failed) {
        dialogs.chooseFolder(owner, title).ifPresent(folder -> {
            Steps steps = prepare.get();
            if (steps != null) {
                steps.start(folder, written -> status.accept(i18n.get(doneKey, written)),
                        e -> failed.accept(Failure.of(failedKey, e, folder)));
            }
        });
    }

    /** Which file to open (to import); empty when the person cancelled. */
    public Optional<Path> chooseToOpen(Window owner, FileType type) {
        return dialogs.chooseFileToOpen(owner, type);
    }

    /** Shows failures in an error dialog over {@code owner}. */
    public Consumer<Failure> errorDialog(Window owner) {
        return failure -> dialogs.showError(owner, failure.text(i18n));
    }

    /** Tells the person in the status line. */
    public void report(String text) {
        status.accept(text);
    }

    private void write(Path target, Write write, String doneKey, String failedKey, Consumer<Failure> failed) {
        if (write == null) {
            return;
        }
        executor.submit(() -> write.to(target), written -> status.accept(i18n.get(doneKey, written)),
                e -> failed.accept(Failure.of(failedKey, e, target)));
    }
}
