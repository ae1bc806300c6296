package org.limber;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.concurrent.SingleThreadBackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.storage.Database;
import org.limber.storage.DatabaseOpenException;
import org.limber.ui.common.AppSettings;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.ui.common.EmptyState;
import org.limber.ui.library.ExercisesModel;
import org.limber.ui.library.LibraryPage;
import org.limber.ui.library.LibraryViewModel;
import org.limber.ui.settings.SettingsPage;
import org.limber.ui.settings.SettingsViewModel;
import org.limber.ui.shell.Dialogs;
import org.limber.ui.shell.MainWindow;
import org.limber.ui.shell.Page;
import org.limber.ui.shell.ShellViewModel;
import org.limber.ui.shell.ThemeToggle;
import org.limber.ui.shell.Themes;
import org.limber.ui.shell.WindowPlacement;

/**
 * The composition root: the one place where services, view-models and views are made and
 * wired together by hand.
 */
final class AppContext {

    private final StartupOptions options;
    private final String version;
    private final Clock clock = Clock.systemDefaultZone();
    private final BackgroundExecutor executor;
    private final Messages i18n;
    private final AppSettings settings;
    private final ShellViewModel shell = new ShellViewModel();
    private final ExercisesModel exercises;
    private volatile Database database;
    private Stage stage;

    AppContext(StartupOptions options, String version, SettingsStore store, Settings initial, Executor fxThread) {
        this.options = options;
        this.version = version;
        this.executor = new SingleThreadBackgroundExecutor(fxThread);
        this.i18n = new Messages(initial.language() == null ? Locale.getDefault() : Locale.forLanguageTag(initial.language()));
        this.settings = new AppSettings(initial, store, executor);
        this.exercises = new ExercisesModel(() -> new CatalogueLoader().loadBuiltIn(), executor);
    }

    private void addToRoutine(Exercise exercise) {
        shell.show(Page.ROUTINES);
    }

    void showMainWindow(Stage primary, Runnable onFirstFrame) {
        this.stage = primary;
        MainWindow window = new MainWindow(shell, i18n, this::createPage);
        window.headerTools().getChildren().add(ThemeToggle.create(settings, i18n));
        window.addHelpItem(i18n.get("shell.about"), "help-about",
                () -> Dialogs.about(stage, i18n, version, options.dataDir().toString()));
        Scene scene = new Scene(window.root());
        window.installShortcuts(scene);
        Themes.apply(scene, settings.get());
        settings.settingsProperty().addListener((obs, old, now) -> Themes.apply(scene, now));
        stage.setTitle(i18n.get("app.name"));
        AppIcons.install(stage);
        stage.setScene(scene);
        WindowPlacement.restore(stage, settings.get().window());
        stage.setOnHiding(e -> settings.update(s -> s.withWindow(WindowPlacement.capture(stage))));
        FirstFrame.notify(scene, onFirstFrame);
        stage.show();
        exercises.load();
        openDatabase();
    }

    private void openDatabase() {
        shell.working(i18n.get("shell.loading"));
        Path dataDir = options.dataDir();
        executor.submit(() -> Database.open(dataDir), db -> {
            database = db;
            shell.dataAvailableProperty().set(true);
            shell.done(i18n.get("shell.ready"));
        }, error -> {
            shell.done(i18n.get("shell.dataUnavailable"));
            DatabaseOpenException failure = error instanceof DatabaseOpenException e ? e
                    : new DatabaseOpenException(dataDir.resolve(Database.FILE_NAME),
                            DatabaseOpenException.Reason.OTHER, String.valueOf(error.getMessage()), error);
            Dialogs.databaseError(stage, i18n, failure.file(), failure.reason().name(), failure.getMessage());
        });
    }

    private Node createPage(Page page) {
        return switch (page) {
            case TODAY -> new EmptyState("mdi2w-weather-sunny", i18n.get("empty.today.title"), i18n.get("empty.today.body"))
                    .withAction(i18n.get("empty.today.action"), () -> shell.show(Page.ROUTINES));
            case LIBRARY -> LibraryPage.create(new LibraryViewModel(exercises, this::addToRoutine), i18n);
            case ROUTINES -> new EmptyState("mdi2f-format-list-checks", i18n.get("empty.routines.title"),
                    i18n.get("empty.routines.body"));
            case HISTORY -> new EmptyState("mdi2c-chart-line", i18n.get("empty.history.title"),
                    i18n.get("empty.history.body"));
            case PROFILES -> new EmptyState("mdi2a-account-multiple", i18n.get("empty.profiles.title"),
                    i18n.get("empty.profiles.body"));
            case SETTINGS -> SettingsPage.create(new SettingsViewModel(settings, options.dataDir().toString()), i18n);
        };
    }

    Clock clock() {
        return clock;
    }

    void shutdown() {
        executor.shutdown();
        Database db = database;
        if (db != null) {
            db.close();
        }
    }
}
