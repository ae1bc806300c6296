package org.limber;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.limber.concurrent.Poller;
import org.limber.data.DataLifecycle;
import org.limber.i18n.Messages;
import org.limber.io.Handoff;
import org.limber.startup.FirstFrame;
import org.limber.startup.StartupOptions;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.Icons;
import org.limber.ui.onboarding.OnboardingView;
import org.limber.ui.onboarding.OnboardingViewModel;
import org.limber.ui.shell.AppIcons;
import org.limber.ui.shell.Dialogs;
import org.limber.ui.shell.FileDrops;
import org.limber.ui.shell.MainWindow;
import org.limber.ui.shell.ThemeToggle;
import org.limber.ui.shell.Themes;
import org.limber.ui.shell.WindowPlacement;

/**
 * The main window: built off the FX thread in {@code init()}, shown with nothing but the shell
 * before its first frame (ADR 5), then the data, the exercises and the inbox of second launches.
 * It is also the person's side of the data's life ({@link #dataUi()}).
 */
final class MainShell {

    private final StartupOptions options;
    private final String version;
    private final Messages i18n;
    private final AppSettings settings;
    private final ExercisesModel exercises;
    private Pages pages;
    /** The profile a restart goes on with (null: "Me", as at every start). */
    private String resumeProfile;
    private MainWindow window;
    private Parent root;
    private Stage stage;
    private Poller<List<Optional<Path>>> handoffs;
    private boolean firstOpen = true;
    private boolean noBackups;
    private volatile boolean dataSettled;

    private final OnboardingViewModel onboarding;

    MainShell(StartupOptions options, String version, Messages i18n, AppSettings settings, ExercisesModel exercises,
            OnboardingViewModel onboarding) {
        this.onboarding = onboarding;
        this.options = options;
        this.version = version;
        this.i18n = i18n;
        this.settings = settings;
        this.exercises = exercises;
    }

    boolean built() {
        return window != null;
    }

    Stage stage() {
        return stage;
    }

    /**
     * Builds the pages' view-models while the FX thread loads the theme's stylesheet, the nodes
     * once it has (JavaFX's registry of style and pseudo classes is not thread-safe: a control
     * class initialised here while the FX thread reads a stylesheet could corrupt it), while the
     * FX thread loads the icon font.
     */
    /** A restart goes on with the person who was active, not "Me" (set before {@link #build}). */
    void resumeProfile(String id) {
        resumeProfile = id;
    }

    /** The active profile's id, for a restart to go on with. */
    String activeProfileId() {
        return pages == null ? null : pages.activeProfileId();
    }

    void build(Supplier<Pages> makePages) {
        CountDownLatch themeRead = new CountDownLatch(1);
        Themes.useUserAgentStylesheet(settings.get());
        boolean onFxThread = Platform.isFxApplicationThread();
        if (!onFxThread) {
            Platform.runLater(themeRead::countDown);
        }
        Icons.loadFontOnFxThread();
        pages = makePages.get();
        pages.resumeProfile(resumeProfile);
        if (!onFxThread) {
            awaitWithoutLimit(themeRead);
        }
        window = new MainWindow(pages.shell(), i18n, pages::create);
        window.addHelpItem(i18n.get("shell.about"), "help-about",
                () -> Dialogs.about(stage, i18n, version, options.dataDir().toString()));
        StackPane overlay = OnboardingView.create(onboarding, i18n);
        window.root().disableProperty().bind(overlay.visibleProperty());
        StackPane layers = new StackPane(window.root(), overlay);
        // taller than the window (largest text, small screen): keep the top in view, never centre
        layers.setAlignment(Pos.TOP_LEFT);
        root = layers;
        window.addHelpItem(i18n.get("help.safetyCheck"), "help-safety-check", onboarding::revisit);
    }

    /** No time limit: on a slow machine the start is late, never refused. */
    private static void awaitWithoutLimit(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    void show(Stage primary, Runnable onFirstFrame, Runnable openData) {
        this.stage = primary;
        Scene scene = new Scene(root);
        window.installShortcuts(scene);
        FileDrops.install(scene, Pages::importable, pages::importFile);
        Themes.apply(scene, settings.get());
        settings.settingsProperty().addListener((obs, old, now) -> Themes.apply(scene, now));
        Themes.followInDialogs(settings::get);
        settings.saveProblemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                status(now.text(i18n));
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
            Platform.runLater(() -> {
                openData.run();
                exercises.load();
                listenForHandoffs();
                window.headerTools().getChildren().addAll(pages.profileSwitcher(), ThemeToggle.create(settings, i18n));
                window.showFirstPage();
                AppIcons.install(stage);
            });
        });
        stage.show();
    }

    void status(String text) {
        pages.shell().statusProperty().set(text);
    }

    /** True once the data was opened, or could not be. */
    boolean dataSettled() {
        return dataSettled;
    }

    /** Requests from a second launch: come to the front, and import its file if it brought one. */
    private void listenForHandoffs() {
        Path dataDir = options.dataDir();
        handoffs = new Poller<>("limber-handoff", 500, () -> {
            List<Optional<Path>> requests = Handoff.take(dataDir);
            return requests.isEmpty() ? null : requests;
        }, Platform::runLater, requests -> {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
            requests.stream().flatMap(Optional::stream).forEach(pages::importFile);
        });
    }

    void stopListening() {
        if (handoffs != null) {
            handoffs.stop();
        }
    }

    /** What the person sees of the data's life: the status line, and the dialogs of a file that will not open. */
    DataLifecycle.Ui dataUi() {
        return new DataLifecycle.Ui() {
            @Override
            public Runnable working(DataLifecycle.Work work) {
                return pages.shell().working(i18n.get(work == DataLifecycle.Work.OPENING ? "shell.loading"
                        : "shell.restoring"));
            }

            @Override
            public void backups(Optional<String> problem) {
                noBackups = problem.isPresent();
                pages.backupsProblem(problem);
            }

            @Override
            public void opened(Optional<String> notice) {
                status(i18n.get(notice.orElse(noBackups ? "shell.ready.noBackups" : "shell.ready")));
                exercises.load();
                pages.dataOpened();
                if (firstOpen) {
                    firstOpen = false;
                    options.fileToImport().ifPresent(pages::importFile);
                    exitIfOnlyTraining();
                }
                dataSettled = true;
            }

            @Override
            public void unavailable() {
                status(i18n.get("shell.dataUnavailable"));
                exitIfOnlyTraining();
                dataSettled = true;
            }

            @Override
            public void cannotOpen(Path file, String reason) {
                Dialogs.databaseError(stage, i18n, file, reason);
            }

            @Override
            public boolean restoreBackup(Path file, LocalDateTime made) {
                String when = made.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(i18n.locale()));
                return Dialogs.confirmRestore(stage, i18n, file, when);
            }
        };
    }

    /** The packaging's training run quits once the data is open (or is not). */
    private void exitIfOnlyTraining() {
        if (options.exitWhenReady()) {
            Platform.runLater(Platform::exit);
        }
    }
}
