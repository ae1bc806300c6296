package org.limber.ui.settings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.settings.BackupControl;

/** The backup list in Settings, and restoring one. */
public final class BackupsViewModel {

    /** A backup smaller than this share of the current data needs a second confirmation. */
    public static final double MUCH_SMALLER = 0.5;

    private final BackupControl control;
    private final BackgroundExecutor executor;
    private final ObservableList<BackupControl.Info> backups = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty folderProblem = new SimpleStringProperty("");
    private long currentBytes;

    public BackupsViewModel(BackupControl control, BackgroundExecutor executor) {
        this.control = control;
        this.executor = executor;
    }

    public void load() {
        executor.submit(() -> {
            currentBytes = control.currentBytes();
            return new Loaded(control.list(), control.folderProblem().orElse(""));
        }, loaded -> {
            backups.setAll(loaded.backups());
            folderProblem.set(loaded.problemKey());
        }, e -> message.set(String.valueOf(e.getMessage())));
    }

    private record Loaded(java.util.List<BackupControl.Info> backups, String problemKey) {
    }

    /** The message key of why no backups are being made, or "" when they are. */
    public StringProperty folderProblemProperty() {
        return folderProblem;
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
            done.run();
        }, e -> message.set(String.valueOf(e.getMessage())));
    }

    public ObservableList<BackupControl.Info> backups() {
        return backups;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
