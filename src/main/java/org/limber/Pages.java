package org.limber;

import java.nio.file.Path;
import javafx.scene.Node;
import org.limber.library.Exercise;
import org.limber.routine.RoutineFiles;
import org.limber.routine.RoutineImporter;
import org.limber.routine.Templates;
import org.limber.ui.common.EmptyState;
import org.limber.ui.library.LibraryPage;
import org.limber.ui.library.LibraryViewModel;
import org.limber.ui.routines.RoutineActions;
import org.limber.ui.routines.RoutineBuilderViewModel;
import org.limber.ui.routines.RoutineFileActions;
import org.limber.ui.routines.RoutinesPage;
import org.limber.ui.routines.StepEditorViewModel;
import org.limber.ui.routines.UnsavedGuard;
import org.limber.ui.settings.SettingsPage;
import org.limber.ui.settings.SettingsViewModel;
import org.limber.ui.shell.Page;

/** Builds each page the first time it is shown, with its view-model and what it needs. */
final class Pages {

    private final AppContext app;
    private final RoutineBuilderViewModel builder;
    private final RoutineFileActions files;
    private final UnsavedGuard guard;
    private final org.limber.ui.routines.HandoutAction handouts;
    private final org.limber.ui.history.HistoryViewModel history;
    private final org.limber.ui.profiles.ProfilesViewModel profiles;
    private final org.limber.ui.plans.PlansViewModel plans;
    private final org.limber.ui.today.TodayViewModel today;

    Pages(AppContext app) {
        this.app = app;
        this.profiles = new org.limber.ui.profiles.ProfilesViewModel(app.stores, app.executor, app::newId,
                app.i18n.get("profile.me"));
        this.builder = new RoutineBuilderViewModel(app.stores, app.executor, app.exercises,
                profiles::activeId, app::newId);
        RoutineImporter importer = new RoutineImporter(new RoutineFiles(), app.stores,
                id -> app.builtInIds().contains(id), app::newId, app.stores);
        this.files = new RoutineFileActions(new RoutineFiles(), importer, app.executor, builder, app.i18n,
                profiles::activeId, status -> app.shell.statusProperty().set(status));
        this.guard = new UnsavedGuard(builder, app.i18n, app::stage);
        files.setGuard(guard);
        builder.setConditions(() -> app.settings.get().conditions());
        this.handouts = new org.limber.ui.routines.HandoutAction(
                app.exercises, app.executor, app.i18n, app.clock,
                status -> app.shell.statusProperty().set(status));
        app.shell.setLeaveGuard(Page.ROUTINES, guard::proceed);
        this.history = new org.limber.ui.history.HistoryViewModel(app.stores, app.executor, app.clock,
                profiles::activeId);
        history.setPlans(app.stores);
        history.setFigures(app.stores);
        this.plans = new org.limber.ui.plans.PlansViewModel(app.stores, app.executor, app.clock, profiles::activeId,
                app::newId);
        this.today = new org.limber.ui.today.TodayViewModel(app.stores, app.stores, app.executor, app.clock,
                profiles::activeId);
        plans.onChange(today::load);
        // a routine renamed or deleted changes the plans (names, plans deleted with it) and Today
        builder.routines().addListener((javafx.collections.ListChangeListener<org.limber.routine.Routine>) c -> {
            if (app.stores.isOpen()) {
                plans.load();
                today.load();
            }
        });
        profiles.activeProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && !old.id().equals(now.id())) {
                builder.reset();
                builder.load();
                history.profileProperty().set(new org.limber.history.HistoryStore.Profile(now.id(), now.name()));
                plans.load();
                today.load();
                app.shell.statusProperty().set(app.i18n.get("profiles.switched", now.name()));
            }
        });
        app.shell.pageProperty().addListener((obs, old, now) -> {
            if (now == Page.HISTORY && app.stores.isOpen()) {
                history.load();
            }
            if (now == Page.TODAY && app.stores.isOpen()) {
                today.load();
            }
        });
    }

    /** Called once the database is open: load what the pages show. */
    void dataOpened() {
        profiles.load();
        builder.load();
        plans.load();
        today.load();
        if (app.shell.pageProperty().get() == Page.HISTORY) {
            history.load();
        }
        builder.loadTemplates(() -> Templates.load(id -> app.builtInIds().contains(id), app.i18n.locale()));
    }

    /** Closing the window with unsaved routine changes asks first. */
    void guardClose(javafx.stage.Stage stage) {
        stage.setOnCloseRequest(e -> {
            if (builder.dirtyProperty().get()) {
                e.consume();
                guard.proceed(stage::close);
            }
        });
    }

    /** The header's chooser of whose routines and history are shown. */
    Node profileSwitcher() {
        javafx.scene.control.ComboBox<org.limber.profile.Profile> box = new javafx.scene.control.ComboBox<>(profiles.profiles());
        box.setId("profile-switch");
        box.setAccessibleText(app.i18n.get("profiles.switch"));
        box.setTooltip(new javafx.scene.control.Tooltip(app.i18n.get("profiles.switch")));
        javafx.util.Callback<javafx.scene.control.ListView<org.limber.profile.Profile>,
                javafx.scene.control.ListCell<org.limber.profile.Profile>> cells = v -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(org.limber.profile.Profile item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : item.name());
                    }
                };
        box.setCellFactory(cells);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.limber.profile.Profile p) {
                return p == null ? "" : p.name();
            }

            @Override
            public org.limber.profile.Profile fromString(String s) {
                return null;
            }
        });
        box.setValue(profiles.activeProperty().get());
        profiles.activeProperty().addListener((obs, old, now) -> box.setValue(now));
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.id().equals(profiles.activeId())) {
                guard.proceed(() -> profiles.activeProperty().set(now));
                if (!now.id().equals(profiles.activeId())) {
                    box.setValue(profiles.activeProperty().get());
                }
            }
        });
        return box;
    }

    void importFile(Path file) {
        app.shell.show(Page.ROUTINES);
        files.importFile(file, app.stage());
    }

    Node create(Page page) {
        return switch (page) {
            case TODAY -> org.limber.ui.today.TodayPage.create(today, builder.routines(),
                    r -> org.limber.routine.Durations.clock(builder.timeline(r).totalMillis()),
                    new org.limber.ui.today.TodayPage.Actions(this::startSession,
                            () -> app.shell.show(Page.ROUTINES), () -> app.shell.show(Page.PROFILES)), app.i18n);
            case LIBRARY -> LibraryPage.create(new LibraryViewModel(app.exercises, this::addToRoutine, app.stores,
                    app.executor, () -> app.newId().substring(0, 8)), app.i18n);
            case ROUTINES -> RoutinesPage.create(builder, new StepEditorViewModel(builder), app.i18n, actions(), guard);
            case HISTORY -> org.limber.ui.history.HistoryPage.create(history, app.i18n,
                    status -> app.shell.statusProperty().set(status), this::writeReport);
            case PROFILES -> org.limber.ui.profiles.ProfilesPage.create(profiles, app.i18n,
                    chosen -> guard.proceed(() -> profiles.activeProperty().set(chosen)),
                    org.limber.ui.plans.PlansPane.create(plans, builder.routines(), javafx.beans.binding.Bindings
                            .createStringBinding(() -> profiles.activeProperty().get().name(), profiles.activeProperty()),
                            app.i18n, this::exportCalendar));
            case SETTINGS -> SettingsPage.create(settingsModel(),
                    new org.limber.ui.settings.BackupsViewModel(app.backupControl(), app.executor), app.i18n);
        };
    }

    private void writeReport(javafx.stage.Window owner) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                app.i18n.get("handout.fileType"), "*.pdf"));
        chooser.setInitialFileName("limber-progress-" + java.time.LocalDate.now(app.clock) + ".pdf");
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            history.writeReport(chosen.toPath(), new org.limber.handout.ProgressReport(app.i18n), app.i18n.locale(),
                    written -> app.shell.statusProperty().set(app.i18n.get("history.report.done", written)));
        }
    }

    private SettingsViewModel settingsModel() {
        SettingsViewModel vm = new SettingsViewModel(app.settings, app.options.dataDir().toString(),
                org.limber.i18n.Languages.computer(), app.i18n.locale());
        org.limber.io.FolderOpener opener = org.limber.io.FolderOpener.forThisComputer();
        vm.setFolderOpener(report -> app.executor.run(() -> {
            opener.open(app.options.dataDir());
        }, e -> report.accept(String.valueOf(e.getMessage()))));
        return vm;
    }

    private void exportCalendar(org.limber.plan.Plan plan, javafx.stage.Window owner) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                app.i18n.get("plans.export.fileType"), "*" + org.limber.plan.CalendarFile.EXTENSION));
        chooser.setInitialFileName(org.limber.ui.routines.RoutineFileActions.safeName(plan.routineName())
                + org.limber.plan.CalendarFile.EXTENSION);
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            java.util.function.Function<org.limber.plan.Plan, java.time.Duration> length = p -> builder.routines().stream()
                    .filter(r -> r.id().equals(p.routineId())).findFirst()
                    .map(r -> java.time.Duration.ofMillis(builder.timeline(r).totalMillis())).orElse(java.time.Duration.ZERO);
            plans.exportCalendar(plan, chosen.toPath(), length, new org.limber.plan.CalendarFile.Words(
                    app.i18n.get("plans.ics.summary", plan.routineName()), app.i18n.get("plans.ics.description",
                            plan.routineName()), app.i18n.get("plans.ics.reminder", plan.routineName())), app.version,
                    written -> app.shell.statusProperty().set(app.i18n.get("plans.export.done", written)));
        }
    }

    private void addToRoutine(Exercise exercise) {
        if (builder.editingProperty().get() == null) {
            builder.newRoutine(app.i18n.get("routines.newName"));
        }
        builder.addStep(exercise);
        app.shell.show(Page.ROUTINES);
    }

    /** The player takes the whole window; when it closes, the shell comes back. */
    void startSession(org.limber.routine.Routine routine) {
        javafx.scene.Scene scene = app.stage().getScene();
        javafx.scene.Parent main = scene.getRoot();
        org.limber.ui.player.SessionViewModel.Services services = new org.limber.ui.player.SessionViewModel.Services(
                app.exercises, org.limber.session.TimeSource.system(app.clock), app.clock, app.stores, app.executor,
                app.cues(), new org.limber.session.PhaseWords(app.i18n), profiles.activeId(), app.newId(),
                app.settings.get().conditions());
        org.limber.ui.player.SessionViewModel session = new org.limber.ui.player.SessionViewModel(routine, services);
        org.limber.ui.player.PlayerView[] view = new org.limber.ui.player.PlayerView[1];
        view[0] = new org.limber.ui.player.PlayerView(session, app.i18n, () -> {
            view[0].dispose();
            services.cues().close();
            scene.setRoot(main);
            org.limber.ui.shell.Themes.apply(scene, app.settings.get());
            app.stage().setFullScreen(false);
            history.load();
            today.load();
        });
        scene.setRoot(view[0].root());
        org.limber.ui.shell.Themes.apply(scene, app.settings.get());
    }

    private RoutineActions actions() {
        return new RoutineActions() {
            @Override
            public void start(org.limber.routine.Routine routine) {
                startSession(routine);
            }

            @Override
            public void exportRoutine(org.limber.routine.Routine routine, javafx.stage.Window owner) {
                files.exportRoutine(routine, owner);
            }

            @Override
            public void importRoutine(javafx.stage.Window owner) {
                files.importRoutine(owner);
            }

            @Override
            public void handout(org.limber.routine.Routine routine, javafx.stage.Window owner) {
                // only the cautions for the conditions given in the safety check
                java.util.List<String> codes = app.settings.get().conditions();
                java.util.Set<org.limber.library.Condition> conditions = java.util.Arrays.stream(
                        org.limber.library.Condition.values()).filter(c -> codes.contains(c.code()))
                        .collect(java.util.stream.Collectors.toSet());
                handouts.write(routine, new org.limber.handout.HandoutWriter.Audience(
                        profiles.activeProperty().get().name(), conditions, ""), owner);
            }
        };
    }
}
