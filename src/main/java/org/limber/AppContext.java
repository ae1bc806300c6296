package org.limber;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.concurrent.SingleThreadBackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.routine.Templates;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.startup.FirstFrame;
import org.limber.startup.StartupOptions;
import org.limber.storage.Database;
import org.limber.storage.DatabaseOpenException;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.Icons;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.shell.AppIcons;
import org.limber.ui.shell.Dialogs;
import org.limber.ui.shell.MainWindow;
import org.limber.ui.shell.ShellViewModel;
import org.limber.ui.shell.ThemeToggle;
import org.limber.ui.shell.Themes;
import org.limber.ui.shell.WindowPlacement;

/**
 * The composition root: the one place where services are made and wired together by hand.
 * Pages are built by {@link Pages} from what is made here.
 */
final class AppContext {

    static final String PROFILE = "me";

    final StartupOptions options;
    final String version;
    final Clock clock = Clock.systemDefaultZone();
    final BackgroundExecutor executor;
    final Messages i18n;
    final AppSettings settings;
    final ShellViewModel shell = new ShellViewModel();
    final LateStores stores = new LateStores(clock);
    final ExercisesModel exercises;
    private volatile Database database;
    private Catalogue builtIn;
    private Stage stage;
    private Pages pages;
    private MainWindow window;
    private javafx.scene.Parent shellRoot;
    private final Executor executorForFx;
    private org.limber.concurrent.Poller<java.util.List<java.util.Optional<Path>>> handoffs;

    AppContext(StartupOptions options, String version, SettingsStore store, Settings initial, Executor fxThread) {
        this.options = options;
        this.version = version;
        this.executor = new SingleThreadBackgroundExecutor(fxThread);
        this.executorForFx = fxThread;
        this.i18n = new Messages(org.limber.i18n.Languages.resolve(initial.language(), org.limber.i18n.Languages.computer()));
        this.settings = new AppSettings(initial, store, executor);
        this.exercises = new ExercisesModel(this::loadExercises, executor);
    }

    /** Built-in exercises (read once) plus the custom ones once the database is open. */
    private Catalogue loadExercises() throws java.io.IOException {
        if (builtIn == null) {
            builtIn = new CatalogueLoader().loadBuiltIn(i18n.locale());
        }
        return builtIn.withCustom(stores.listExercises());
    }

    Set<String> builtInIds() {
        Catalogue catalogue = builtIn;
        return catalogue == null ? Set.of() : catalogue.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
    }

    String newId() {
        return UUID.randomUUID().toString();
    }

    /** Sound and voice for the player. */
    org.limber.session.Cues cues() {
        return new org.limber.cues.SoundCues(settings::get, i18n.locale().getLanguage().isEmpty() ? "en"
                : i18n.locale().getLanguage());
    }

    Stage stage() {
        return stage;
    }

    /**
     * Builds the pages' view-models and the shell's nodes. Runs in {@code init()}, off the FX
     * thread (allowed for nodes not yet shown): the view-models while the FX thread loads the
     * theme's stylesheet, the nodes once it has (JavaFX's registry of style and pseudo classes
     * is not thread-safe: a control class initialised here while the FX thread reads a
     * stylesheet could corrupt it), while the FX thread loads the icon font.
     */
    void buildShell() {
        java.util.concurrent.CountDownLatch themeRead = new java.util.concurrent.CountDownLatch(1);
        Themes.useUserAgentStylesheet(settings.get());
        boolean onFxThread = javafx.application.Platform.isFxApplicationThread();
        if (!onFxThread) {
            javafx.application.Platform.runLater(themeRead::countDown);
        }
        Icons.loadFontOnFxThread();
        this.pages = new Pages(this);
        if (!onFxThread) {
            // no time limit: on a slow machine the start is late, never refused
            boolean interrupted = false;
            while (themeRead.getCount() > 0) {
                try {
                    themeRead.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        window = new MainWindow(shell, i18n, pages::create);
        window.addHelpItem(i18n.get("shell.about"), "help-about",
                () -> Dialogs.about(stage, i18n, version, options.dataDir().toString()));
        org.limber.ui.onboarding.OnboardingViewModel onboarding = new org.limber.ui.onboarding.OnboardingViewModel(settings);
        javafx.scene.layout.StackPane overlay = org.limber.ui.onboarding.OnboardingView.create(onboarding, i18n);
        window.root().disableProperty().bind(overlay.visibleProperty());
        shellRoot = new javafx.scene.layout.StackPane(window.root(), overlay);
        window.addHelpItem(i18n.get("help.safetyCheck"), "help-safety-check", onboarding::revisit);
    }

    void showMainWindow(Stage primary, Runnable onFirstFrame) {
        this.stage = primary;
        if (window == null) {
            buildShell();
        }
        Scene scene = new Scene(shellRoot);
        window.installShortcuts(scene);
        Themes.apply(scene, settings.get());
        settings.settingsProperty().addListener((obs, old, now) -> Themes.apply(scene, now));
        settings.saveProblemProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                shell.statusProperty().set(i18n.get("settings.saveFailed", now));
            }
        });
        stage.setTitle(i18n.get("app.name"));
        stage.setScene(scene);
        WindowPlacement.restore(stage, settings.get().window());
        stage.setOnHiding(e -> settings.update(s -> s.withWindow(WindowPlacement.capture(stage))));
        pages.guardClose(stage);
        // nothing but the shell before the first frame: the catalogue, the database and the
        // inbox start once it is on screen, so they do not compete with it for the CPU
        // (the callback runs inside the first pulse, before it is painted: the rest waits for
        // the next turn of the FX thread, and the data starts first whatever the UI steps do)
        FirstFrame.notify(scene, () -> {
            onFirstFrame.run();
            javafx.application.Platform.runLater(() -> {
                openDatabase();
                exercises.load();
                listenForHandoffs();
                window.headerTools().getChildren().addAll(pages.profileSwitcher(), ThemeToggle.create(settings, i18n));
                window.showFirstPage();
                AppIcons.install(stage);
            });
        });
        stage.show();
    }

    private void openDatabase() {
        shell.working(i18n.get("shell.loading"));
        Path dataDir = options.dataDir();
        executor.submit(() -> {
            Database db = Database.open(dataDir, clock);
            stores.open(db);
            database = db;
            if (builtIn == null) {
                builtIn = new CatalogueLoader().loadBuiltIn(i18n.locale());
            }
            seedTemplates();
            return db;
        }, db -> {
            shell.done(i18n.get("shell.ready"));
            exercises.load();
            pages.dataOpened();
            options.fileToImport().ifPresent(pages::importFile);
            if (options.exitWhenReady()) {
                javafx.application.Platform.runLater(javafx.application.Platform::exit);
            }
        }, error -> {
            shell.done(i18n.get("shell.dataUnavailable"));
            if (options.exitWhenReady()) {
                javafx.application.Platform.runLater(javafx.application.Platform::exit);
                return;
            }
            DatabaseOpenException failure = error instanceof DatabaseOpenException e ? e
                    : new DatabaseOpenException(dataDir.resolve(Database.FILE_NAME),
                            DatabaseOpenException.Reason.OTHER, String.valueOf(error.getMessage()), error);
            if (failure.reason() == DatabaseOpenException.Reason.DAMAGED) {
                offerRestore(failure);
            } else {
                Dialogs.databaseError(stage, i18n, failure.file(), failure.reason().name(), failure.getMessage());
            }
        });
    }

    /** Settings' view of the backups. Runs on the background executor, like every other database call. */
    org.limber.settings.BackupControl backupControl() {
        org.limber.storage.Backups backups = new org.limber.storage.Backups(options.dataDir(), clock);
        return new org.limber.settings.BackupControl() {
            @Override
            public java.util.List<Info> list() throws java.io.IOException {
                return backups.list().stream().map(b -> new Info(b.file().toString(), b.kind(), b.made(), b.bytes()))
                        .toList();
            }

            @Override
            public long currentBytes() throws java.io.IOException {
                return java.nio.file.Files.size(options.dataDir().resolve(Database.FILE_NAME));
            }

            @Override
            public void restore(Info backup) throws java.io.IOException {
                Database old = database;
                if (old != null) {
                    old.close();
                }
                backups.restore(new org.limber.storage.Backups.Backup(Path.of(backup.file()), backup.kind(),
                        backup.made(), backup.bytes()), "before-restore");
                Database db = Database.open(options.dataDir(), clock);
                stores.open(db);
                database = db;
                executorForFx.execute(() -> {
                    exercises.load();
                    pages.dataOpened();
                });
            }
        };
    }

    /** A damaged file: offer the newest good backup; the damaged file is moved aside, never deleted. */
    private void offerRestore(DatabaseOpenException failure) {
        org.limber.storage.Backups backups = new org.limber.storage.Backups(options.dataDir(), clock);
        executor.submit(backups::newestGood, newest -> {
            if (newest.isEmpty()) {
                Dialogs.databaseError(stage, i18n, failure.file(), failure.reason().name(), failure.getMessage());
                return;
            }
            String when = newest.get().made().format(java.time.format.DateTimeFormatter
                    .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM).withLocale(i18n.locale()));
            if (Dialogs.confirmRestore(stage, i18n, failure.file(), when)) {
                shell.working(i18n.get("shell.restoring"));
                executor.submit(() -> backups.restore(newest.get(), "damaged"), aside -> openDatabase(),
                        e -> Dialogs.databaseError(stage, i18n, failure.file(), "OTHER", e.getMessage()));
            }
        }, e -> Dialogs.databaseError(stage, i18n, failure.file(), failure.reason().name(), failure.getMessage()));
    }

    /** First run: the templates become the user's routines. A broken template never blocks start-up. */
    private void seedTemplates() {
        try {
            Set<String> ids = builtInIds();
            stores.seedOnce(PROFILE, Templates.load(ids::contains, i18n.locale()).stream().map(t -> t.withId(newId())).toList());
        } catch (java.io.IOException e) {
            org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("Templates were not offered: {}", e.getMessage());
        }
    }

    /** A second launch whose first instance did not answer: say so, touch nothing. */
    static void alreadyRunning(Path dataDir, Settings settings) {
        Messages i18n = new Messages(org.limber.i18n.Languages.resolve(settings.language(), org.limber.i18n.Languages.computer()));
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                i18n.get("instance.noAnswer.body", dataDir.toString()));
        alert.setTitle(i18n.get("app.name"));
        alert.setHeaderText(i18n.get("instance.noAnswer.header"));
        alert.getDialogPane().setId("instance-dialog");
        alert.showAndWait();
    }

    /** Requests from a second launch: come to the front, and import its file if it brought one. */
    private void listenForHandoffs() {
        Path dataDir = options.dataDir();
        handoffs = new org.limber.concurrent.Poller<>("limber-handoff", 500, () -> {
            java.util.List<java.util.Optional<Path>> requests = org.limber.io.Handoff.take(dataDir);
            return requests.isEmpty() ? null : requests;
        }, executorForFx, requests -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
            requests.stream().flatMap(java.util.Optional::stream).forEach(pages::importFile);
        });
    }

    void shutdown() {
        if (handoffs != null) {
            handoffs.stop();
        }
        Database db = database;
        if (db != null) {
            // queued behind any write still pending, and off the FX thread like every database call
            executor.run(db::close, e -> { });
        }
        // the window is already closed: waiting here (at most 5 s) lets a last save finish
        executor.shutdown();
    }
}
