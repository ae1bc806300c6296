package org.limber;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.limber.cues.SoundCues;
import org.limber.history.HistoryStore;
import org.limber.i18n.Languages;
import org.limber.io.FolderOpener;
import org.limber.library.DosageWords;
import org.limber.library.Exercise;
import org.limber.profile.Profile;
import org.limber.routine.Routine;
import org.limber.routine.RoutineFiles;
import org.limber.routine.RoutineImporter;
import org.limber.settings.Settings;
import org.limber.ui.common.FileActions;
import org.limber.ui.history.HistoryPage;
import org.limber.ui.history.HistoryViewModel;
import org.limber.ui.library.LibraryPage;
import org.limber.ui.library.LibraryViewModel;
import org.limber.ui.plans.PlansPane;
import org.limber.ui.plans.PlansViewModel;
import org.limber.ui.profiles.ClientSafetyViewModel;
import org.limber.ui.profiles.ProfilesPage;
import org.limber.ui.profiles.ProfilesViewModel;
import org.limber.ui.results.ImportResults;
import org.limber.ui.routines.HandoutAction;
import org.limber.ui.routines.RoutineBuilderViewModel;
import org.limber.ui.routines.RoutineFileActions;
import org.limber.ui.routines.RoutinesPage;
import org.limber.ui.routines.StepEditorViewModel;
import org.limber.ui.routines.UnsavedGuard;
import org.limber.ui.settings.BackupsViewModel;
import org.limber.ui.settings.SettingsPage;
import org.limber.ui.settings.SettingsViewModel;
import org.limber.ui.shell.Page;
import org.limber.ui.shell.ProfileSwitcher;
import org.limber.ui.shell.ShellViewModel;
import org.limber.ui.today.TodayPage;
import org.limber.ui.today.TodayViewModel;

/** Makes the pages' view-models from the {@link Services}, and each page the first time it is shown. */
final class Pages {

    private final Services app;
    private final ShellViewModel shell;
    private final FileActions files;
    private final RoutineBuilderViewModel builder;
    private final RoutineFileActions routineFiles;
    private final UnsavedGuard guard;
    private final HandoutAction handouts;
    private final HistoryViewModel history;
    private final ProfilesViewModel profiles;
    private final PlansViewModel plans;
    private final TodayViewModel today;
    private final Player player;
    private final ResultsLoop results;
    private final CalendarExport calendars;

    Pages(Services app) {
        this.app = app;
        this.profiles = new ProfilesViewModel(app.stores().profiles(), app.executor(), app.newId(), app.i18n().get("profile.me"));
        app.safety().follow(profiles.activeProperty());
        this.builder = new RoutineBuilderViewModel(app.stores().routines(), app.executor(), app.exercises(), profiles::activeId,
                app.newId(), app.safety()::activeConditions);
        this.guard = new UnsavedGuard(builder, app.i18n(), app.stage()::get);
        this.shell = new ShellViewModel(Map.of(Page.ROUTINES, guard::proceed));
        this.files = new FileActions(app.dialogs(), app.executor(), app.i18n(), shell.statusProperty()::set);
        RoutineImporter importer = new RoutineImporter(new RoutineFiles(), app.stores().routines(),
                id -> app.builtInIds().get().contains(id), app.newId(), app.stores().exercises());
        this.routineFiles = new RoutineFileActions(new RoutineFiles(), importer, app.executor(), builder, files, app.i18n(),
                profiles::activeId, guard::proceed);
        this.handouts = new HandoutAction(app.exercises(), files, app.i18n(), app.clock());
        this.history = new HistoryViewModel(app.stores().history(), app.stores().figures(), app.stores().plans(),
                app.executor(), app.clock(), profiles::activeId, app.i18n().get("profile.me"));
        this.plans = new PlansViewModel(app.stores().plans(), app.executor(), app.clock(), profiles::activeId, app.newId());
        this.today = new TodayViewModel(app.stores().plans(), app.stores().history(), app.executor(), app.clock(),
                profiles::activeId, builder.routines());
        this.player = new Player(app, profiles::activeId, () -> {
            history.load();
            today.load();
        });
        this.calendars = new CalendarExport(app, builder, files, plans);
        this.results = new ResultsLoop(app, shell, profiles, done -> {
            profiles.load();
            if (done.client().id().equals(profiles.activeId())) {
                history.load();
                today.load();
            }
        }, (client, sessions) -> guard.proceed(() -> {
            profiles.activeProperty().set(client);
            if (sessions != null) {
                history.focus(sessions); // after the switch of person, which shows all of their history
            }
            shell.show(Page.HISTORY);
        }));
        plans.onChange(today::load);
        // a routine renamed or deleted changes the plans (names, plans deleted with it) and Today
        builder.routines().addListener((ListChangeListener<Routine>) c -> {
            if (app.stores().isOpen()) {
                plans.load();
                today.load();
            }
        });
        profiles.activeProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !old.id().equals(now.id())) {
                builder.reset();
                builder.load();
                history.profileProperty().set(new HistoryStore.Profile(now.id(), now.name()));
                plans.load();
                today.load();
                shell.statusProperty().set(app.i18n().get("profiles.switched", now.name()));
            }
        });
        app.safety().problemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                shell.statusProperty().set(now.text(app.i18n()));
            }
        });
        // a physiotherapist's first run goes on to the Profiles page, to add a first client
        app.safetyCheck().forClientsProperty().addListener((obs, old, now) -> shell.show(Page.PROFILES));
        shell.pageProperty().addListener((obs, old, now) -> {
            if (now == Page.HISTORY && app.stores().isOpen()) {
                history.load();
            }
            if (now == Page.TODAY && app.stores().isOpen()) {
                today.load();
            }
            if (now == Page.PROFILES) {
                results.loadClients();
            }
        });
    }

    ShellViewModel shell() {
        return shell;
    }

    /** Called once the database is open: load what the pages show. */
    void dataOpened() {
        app.safety().dataOpened();
        app.safetyCheck().dataOpened();
        profiles.load();
        builder.load();
        plans.load();
        today.load();
        if (shell.pageProperty().get() == Page.HISTORY) {
            history.load();
        }
        if (shell.pageProperty().get() == Page.PROFILES) {
            results.loadClients();
        }
        builder.loadTemplates(app.templates());
    }

    /** What keeps backups from being made (a message key), shown on Today; empty when nothing does. */
    void backupsProblem(Optional<String> problem) {
        today.backupsProblemProperty().set(problem.orElse(""));
    }

    /** Closing the window with unsaved routine changes asks first. */
    void guardClose(Stage stage) {
        stage.setOnCloseRequest(e -> {
            if (builder.dirtyProperty().get()) {
                e.consume();
                guard.proceed(stage::close);
            }
        });
    }

    /** The header's chooser of whose routines and history are shown. */
    Node profileSwitcher() {
        return ProfileSwitcher.create(profiles.profiles(), profiles.activeProperty(), guard::proceed, app.i18n());
    }

    /** Whether {@code file} is named like a file {@link #importFile} takes. */
    static boolean importable(Path file) {
        return file.getFileName() != null && (file.getFileName().toString().endsWith(RoutineFiles.EXTENSION)
                || ImportResults.isResultsFile(file));
    }

    /** A file from the command line, a second start or a drop: a results file or a routine file. */
    void importFile(Path file) {
        if (results.importFile(file, app.stage().get())) {
            return;
        }
        shell.show(Page.ROUTINES);
        routineFiles.importFile(file, app.stage().get(), true);
    }

    Node create(Page page) {
        return switch (page) {
            case TODAY -> TodayPage.create(today, builder.routines(),
                    r -> builder.timeline(r).totalMillis(),
                    new TodayPage.Actions(this::startSession, () -> shell.show(Page.ROUTINES),
                            () -> shell.show(Page.PROFILES), results::send), app.i18n());
            case LIBRARY -> LibraryPage.create(new LibraryViewModel(app.exercises(), this::addToRoutine, app.stores().exercises(),
                    app.executor(), () -> app.newId().get().substring(0, 8)), app.i18n());
            case ROUTINES -> RoutinesPage.create(builder, new StepEditorViewModel(builder, new DosageWords(app.i18n())), app.i18n(),
                    new RoutinePageActions(this::startSession, routineFiles, handouts, app.safety(), app.settings(),
                            app.i18n()), guard);
            case HISTORY -> HistoryPage.create(history, app.i18n(), files, results::send);
            case PROFILES -> ProfilesPage.create(profiles, new ClientSafetyViewModel(app.safety()), app.i18n(),
                    chosen -> guard.proceed(() -> profiles.activeProperty().set(chosen)), results::choose,
                    PlansPane.create(plans, builder.routines(), Bindings.createStringBinding(() -> Profile.ME.equals(
                            profiles.activeId()) ? app.i18n().get("plans.title.me")
                            : app.i18n().get("plans.title", profiles.activeProperty().get().name()), profiles.activeProperty()),
                            app.i18n(), calendars::export), results.clientsPane());
            case SETTINGS -> SettingsPage.create(new SettingsViewModel(app.settings(), app.dataDir().toString(),
                    Languages.computer(), app.i18n().locale(), app.executor(),
                    () -> FolderOpener.forThisComputer().open(app.dataDir()),
                    // only what works is read from the probe, not what the defaults ask for
                    () -> SoundCues.probe(Settings.defaults(), app.i18n().locale().getLanguage()),
                    () -> guard.proceed(app.restart())),
                    new BackupsViewModel(app.backups(), app.executor()), app.i18n());
        };
    }

    private void addToRoutine(Exercise exercise) {
        if (builder.editingProperty().get() == null) {
            builder.newRoutine(app.i18n().get("routines.newName"));
        }
        builder.addStep(exercise);
        shell.show(Page.ROUTINES);
    }

    private void startSession(Routine routine) {
        player.start(routine);
    }

    String activeProfileId() {
        return profiles.activeId();
    }

    /**
     * Starts with this profile active (after a restart): its name comes with the list once the data
     * is open, which keeps the active profile by id.
     */
    void resumeProfile(String id) {
        if (id != null && !id.equals(profiles.activeId())) {
            profiles.activeProperty().set(new Profile(id, "", ""));
        }
    }
}
