package org.limber.ui.settings;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.settings.BackupControl;
import org.limber.ui.common.Failure;

/** The backup list in Settings, and restoring one. */
public final class BackupsViewModel {

    /** A backup smaller than this share of the current data needs a second confirmation. */
    public static final double MUCH_SMALLER = 0.5;

    private final BackupControl control;
    private final BackgroundExecutor executor;
    private final ObservableList<BackupControl.Info> backups = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty folderProblem = new SimpleStringProperty("");
    private final ObjectProperty<Failure> failure = new SimpleObjectProperty<>();
    private long currentBytes;

    /** What one look at the backups finds, off the FX thread. */
    private record Listing(List<BackupControl.Info> backups, long currentBytes, String problemKey) {
    }

    public BackupsViewModel(BackupControl control, BackgroundExecutor executor) {
        this.control = control;
        this.executor = executor;
    }

    public void load() {
        executor.submit(() -> new Listing(control.list(), control.currentBytes(), control.folderProblem().orElse("")),
                listing -> {
                    currentBytes = listing.currentBytes();
                    backups.setAll(listing.backups());
                    folderProblem.set(listing.problemKey());
                }, e -> failure.set(Failure.of("settings.backups.error.load", e)));
    }

    /** The message key of why no backups are being made, or "" when they are. */
    public StringProperty folderProblemProperty() {
        return folderProblem;
    }

    /**
     * The message key of the question asked before restoring this backup: putting back the data kept aside
     * by a restore undoes that restore, and data set aside as damaged may not open, so each says so.
     */
    public static String questionKey(BackupControl.Info backup) {
        return switch (backup.kind()) {
            case "before-restore" -> "settings.backups.confirmUndo";
            case "damaged" -> "settings.backups.confirmDamaged";
            default -> "settings.backups.confirm";
        };
    }

    /** True when restoring this backup would replace much more data than it holds. */
    public boolean muchSmaller(BackupControl.Info backup) {
        return currentBytes > 0 && backup.bytes() < currentBytes * MUCH_SMALLER;
    }

    public void restore(BackupControl.Info backup, Runnable done) {
        executor.submit(() -> {
            control.restore(backup);
            return control.list();
        }, list -> {
            backups.setAll(list);
            failure.set(null);
            done.run();
        }, e -> failure.set(Failure.of("settings.backups.error.restore", e)));
    }

    public ObservableList<BackupControl.Info> backups() {
        return backups;
    }

    /** What was done (a backup put back), to tell the person. */
    public StringProperty messageProperty() {
        return message;
    }

    /** What went wrong with the backups, or null. */
    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure;
    }
}
