package org.limber.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.concurrent.BackgroundExecutor.ThrowingRunnable;
import org.limber.concurrent.Housekeeping;
import org.limber.settings.BackupControl;
import org.limber.storage.Backups;
import org.limber.storage.Database;
import org.limber.storage.DatabaseOpenException;
import org.limber.storage.Restore;
import org.limber.storage.RestoreException;

/**
 * The life of the data file: opening it in the background, offering the newest good backup when
 * it is damaged (the damaged file is moved aside, never deleted), the backups Settings shows and
 * restores, and closing it at exit behind any pending write. No JavaFX here: what the person is
 * told and asked goes through {@link Ui}, which the shell implements.
 */
public final class DataLifecycle {

    /** What is under way, for the status line. */
    public enum Work { OPENING, RESTORING }

    /** The person's side; every call comes on the UI thread. */
    public interface Ui {

        /** Work has started; the returned hook runs when it is over, however it ended. */
        Runnable working(Work work);

        /**
         * The data is open (at start, or again after a backup was put back); {@code notice} is the
         * message key of something the person must be told (an interrupted restore), or empty.
         */
        void opened(Optional<String> notice);

        /**
         * Comes just before {@link #opened} at start: the message key of what keeps backups from
         * being made (a file named {@code backups} where the folder should be), or empty.
         */
        void backups(Optional<String> problem);

        /** The data could not be opened; a dialog may follow. */
        void unavailable();

        /** Says that {@code file} cannot be opened; {@code reason} names a {@code db.error.reason.*} text. */
        void cannotOpen(Path file, String reason);

        /** Asks whether to put the backup made at {@code made} in place of the damaged {@code file}. */
        boolean restoreBackup(Path file, LocalDateTime made);
    }

    /** Runs the slow checks of an open file (quick_check, the day's backup) beside the work of the app. */
    @FunctionalInterface
    public interface Maintenance {
        void start(Housekeeping.Chore chore, Consumer<Exception> failed);
    }

    private final Path dataDir;
    private final Clock clock;
    private final BackgroundExecutor executor;
    private final Executor uiThread;
    private final LateStores stores;
    private final ThrowingRunnable afterOpen;
    private final Ui ui;
    private final boolean ask;
    private final Backups backups;
    private final Maintenance maintenance;
    private volatile Database database;

    /**
     * {@code afterOpen} runs in the background once the stores are open (first-run seeding);
     * without {@code ask} (a training run that exits once ready) no dialog is shown.
     */
    public DataLifecycle(Path dataDir, Clock clock, BackgroundExecutor executor, Executor uiThread, LateStores stores,
            ThrowingRunnable afterOpen, Ui ui, boolean ask, Maintenance maintenance) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.executor = executor;
        this.uiThread = uiThread;
        this.stores = stores;
        this.afterOpen = afterOpen;
        this.ui = ui;
        this.ask = ask;
        this.backups = new Backups(dataDir, clock);
        this.maintenance = maintenance;
    }

    /** The app's maintenance: a thread of its own, whose failure comes back on {@code uiThread}. */
    public static Maintenance onItsOwnThread(Executor uiThread) {
        return (chore, failed) -> Housekeeping.start("limber-maintenance", chore, uiThread, failed);
    }

    /**
     * Opens the data in the background. quick_check and the day's backup take time that grows
     * with the data: they run on a thread of their own once the data is open, and a damaged file
     * found then is offered a backup like at start.
     */
    public void open() {
        executor.submit(() -> {
            Database db = Database.openDeferringChecks(dataDir, clock);
            stores.open(db);
            database = db;
            afterOpen.run();
            return new Opened(db, backupsProblem());
        }, opened -> {
            Database db = opened.db();
            ui.backups(opened.backupsProblem());
            ui.opened(db.interruptedRestore().map(outcome -> "restore.interrupted." + outcome.name()));
            maintenance.start(db::maintain, e -> {
                if (e instanceof DatabaseOpenException damaged) {
                    failed(damaged);
                }
            });
        }, this::failed, ui.working(Work.OPENING));
    }

    private record Opened(Database db, Optional<String> backupsProblem) {
    }

    /** The message key of what keeps backups from being made, or empty. Looks at files: off the UI thread. */
    private Optional<String> backupsProblem() {
        return backups.folderProblem().map(p -> "settings.backups.problem." + p.name());
    }

    private void failed(Throwable error) {
        ui.unavailable();
        if (!ask) {
            return;
        }
        DatabaseOpenException failure = error instanceof DatabaseOpenException e ? e
                : new DatabaseOpenException(dataDir.resolve(Database.FILE_NAME), DatabaseOpenException.Reason.OTHER,
                        String.valueOf(error.getMessage()), error);
        if (failure.reason() == DatabaseOpenException.Reason.DAMAGED) {
            offerRestore(failure.file());
        } else {
            ui.cannotOpen(failure.file(), failure.reason().name());
        }
    }

    /** A damaged file: offer the newest good backup, if there is one. */
    private void offerRestore(Path file) {
        String damaged = DatabaseOpenException.Reason.DAMAGED.name();
        executor.submit(backups::newestGood, newest -> {
            if (newest.isEmpty()) {
                ui.cannotOpen(file, damaged);
            } else if (ui.restoreBackup(file, newest.get().made())) {
                executor.submit(() -> new Restore(dataDir, clock).restore(newest.get(), "damaged", this::closeLive),
                        aside -> open(),
                        e -> ui.cannotOpen(file, DatabaseOpenException.Reason.OTHER.name()), ui.working(Work.RESTORING));
            }
        }, e -> ui.cannotOpen(file, damaged));
    }

    /** Settings' view of the backups. Its calls run on the background executor, like every other database call. */
    public BackupControl backupControl() {
        return new BackupControl() {
            @Override
            public List<Info> list() throws IOException {
                return Stream.concat(backups.list().stream(), new Restore(dataDir, clock).keptAside().stream())
                        .sorted(Comparator.comparing(Backups.Backup::made).reversed())
                        .map(b -> new Info(b.file().toString(), b.kind(), b.made(), b.bytes())).toList();
            }

            @Override
            public long currentBytes() throws IOException {
                return Files.size(dataDir.resolve(Database.FILE_NAME));
            }

            @Override
            public Optional<String> folderProblem() {
                return backupsProblem();
            }

            /** The backup is checked before the live data is closed; on any failure the data is open again. */
            @Override
            public void restore(Info backup) throws IOException {
                try {
                    new Restore(dataDir, clock).restore(new Backups.Backup(Path.of(backup.file()), backup.kind(),
                            backup.made(), backup.bytes()), "before-restore", DataLifecycle.this::closeLive);
                } catch (RestoreException e) {
                    if (e.liveClosed()) {
                        reopen();
                    }
                    throw e;
                }
                reopen();
            }

            /** Opens the data again after a restore: the backup's, or the old data if it failed. */
            private void reopen() throws IOException {
                Database db = Database.open(dataDir, clock);
                stores.open(db);
                database = db;
                uiThread.execute(() -> ui.opened(Optional.empty()));
            }
        };
    }

    private void closeLive() throws IOException {
        Database open = database;
        if (open != null) {
            open.close();
        }
    }

    /** At exit: closes the data behind any write still pending, off the UI thread like every database call. */
    public void close() {
        Database db = database;
        if (db != null) {
            executor.run(db::close, e -> { });
        }
    }
}
