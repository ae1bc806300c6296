package org.limber;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.concurrent.SingleThreadBackgroundExecutor;
import org.limber.cues.SoundCues;
import org.limber.data.DataLifecycle;
import org.limber.data.LateStores;
import org.limber.data.Stores;
import org.limber.i18n.Languages;
import org.limber.i18n.Messages;
import org.limber.io.DocumentsFolder;
import org.limber.io.StorageException;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.profile.Profile;
import org.limber.results.Results;
import org.limber.results.ResultsFiles;
import org.limber.routine.Routine;
import org.limber.routine.TemplateWords;
import org.limber.routine.Templates;
import org.limber.safety.SafetyAnswers;
import org.limber.profile.Profile;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import javafx.stage.Stage;
import org.limber.startup.StartupOptions;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.ProfileSafety;
import org.limber.ui.onboarding.OnboardingViewModel;
import org.limber.ui.common.FxDialogService;
import org.limber.ui.shell.WindowPlacement;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place where services are made and wired together by hand.
 * The pages are built by {@link Pages} from the {@link Services} made here, the window by
 * {@link MainShell}, and the data's life is {@link DataLifecycle}'s.
 */
final class AppContext {

    static final String PROFILE = "me";

    private final StartupOptions options;
    private final String version;
    private final Clock clock = Clock.systemDefaultZone();
    private final BackgroundExecutor executor;
    private final Messages i18n;
    private final AppSettings settings;
    private final OnboardingViewModel safetyCheck;
    private final ProfileSafety safety;
    /** The answers an earlier version kept in the settings file, to move to "Me" once the data is open. */
    private final SafetyAnswers legacySafety;
    private final LateStores stores = new LateStores(clock);
    private final ExercisesModel exercises;
    private final MainShell shell;
    private final DataLifecycle data;
    private volatile Catalogue builtIn;
    private final Runnable restart;

    AppContext(StartupOptions options, String version, SettingsStore store, Settings initial, Executor fxThread,
            Runnable restart) {
        this.restart = restart;
        this.options = options;
        this.executor = new SingleThreadBackgroundExecutor(fxThread);
        this.i18n = new Messages(Languages.resolve(initial.language(), Languages.computer()));
        this.settings = new AppSettings(initial, store, executor);
        this.exercises = new ExercisesModel(this::loadExercises, executor);
        this.safety = new ProfileSafety(stores.safety(), executor, stores::isOpen);
        this.legacySafety = initial.legacySafety();
        this.safetyCheck = new OnboardingViewModel(settings, safety);
        this.shell = new MainShell(options, version, i18n, settings, exercises, safetyCheck);
        this.data = new DataLifecycle(options.dataDir(), clock, executor, fxThread, stores, () -> afterOpen(fxThread),
                shell.dataUi(), !options.exitWhenReady(), DataLifecycle.onItsOwnThread(fxThread));
        this.version = version;
    }

    /** Builds the pages' view-models and the shell's nodes (in {@code init()}, off the FX thread: ADR 5). */
    void buildShell() {
        FxDialogService dialogs = new FxDialogService();
        // the documents folder is looked up in the background; the choosers start there once it is known
        executor.submit(DocumentsFolder::find, dialogs::startIn, e -> { });
        shell.build(() -> new Pages(new Services(i18n, clock, executor, settings, Stores.of(stores), exercises,
                dialogs, data.backupControl(), options.dataDir(), version, this::newId, this::builtInIds,
                this::templates, shell::stage, () -> new SoundCues(settings::get, language()), safetyCheck, safety,
                new Results(stores.results(), stores, new ResultsFiles(), clock, this::newId), restart)));
    }

    /** Shows the window; once its first frame is drawn, the data opens. */
    void showMainWindow(Stage stage, Runnable onFirstFrame) {
        if (!shell.built()) {
            buildShell();
        }
        shell.show(stage, onFirstFrame, data::open);
    }

    /** True once the data was opened (or could not be) and no background work or callback is pending. */
    boolean settled() {
        return shell.dataSettled() && executor.isIdle();
    }

    /** Built-in exercises (read once) plus the custom ones once the database is open. */
    private Catalogue loadExercises() throws IOException {
        return builtIn().withCustom(stores.listExercises());
    }

    private Catalogue builtIn() throws IOException {
        Catalogue catalogue = builtIn;
        if (catalogue == null) {
            catalogue = new CatalogueLoader().loadBuiltIn(i18n.locale());
            builtIn = catalogue;
        }
        return catalogue;
    }

    private Set<String> builtInIds() {
        Catalogue catalogue = builtIn;
        return catalogue == null ? Set.of() : catalogue.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
    }

    private String newId() {
        return UUID.randomUUID().toString();
    }

    private String language() {
        return i18n.locale().getLanguage().isEmpty() ? "en" : i18n.locale().getLanguage();
    }

    private List<Routine> templates() throws IOException {
        Set<String> ids = builtInIds();
        return Templates.load(ids::contains, i18n.locale());
    }

    /**
     * In the background once the data is open: the templates are offered, and the safety answers an
     * earlier version kept in the settings file become those of "Me" (unless "Me" has some), once.
     */
    private void afterOpen(Executor fxThread) throws IOException {
        seedTemplates();
        if (legacySafety != null) {
            try {
                stores.safety().adopt(Profile.ME, legacySafety);
                fxThread.execute(() -> settings.update(s -> s.withLegacySafety(null)));
            } catch (StorageException e) {
                // the data still opens; the answers stay in the settings file and move at the next start
                LoggerFactory.getLogger(AppContext.class).warn("Safety answers not moved to 'Me' yet: {}", e.getMessage());
            }
        }
    }

    /** First run: the templates become the user's routines. A broken template never blocks start-up. */
    private void seedTemplates() throws IOException {
        builtIn();
        try {
            stores.seedOnce(PROFILE, templates().stream().map(t -> t.withId(newId())).toList());
        } catch (IOException e) {
            LoggerFactory.getLogger(AppContext.class).warn("Templates were not offered: {}", e.getMessage());
        }
        try {
            followLanguage();
        } catch (IOException e) {
            LoggerFactory.getLogger(AppContext.class).warn("Built-in routines keep their words: {}", e.getMessage());
        }
    }

    /**
     * Every profile's built-in routines that are still as their template made them take the words
     * of the language Limber runs in (after a change of language); renamed ones stay as they are.
     */
    private void followLanguage() throws IOException {
        Set<String> ids = builtInIds();
        TemplateWords words = TemplateWords.load(ids::contains, i18n.locale(), Languages.SUPPORTED);
        for (Profile profile : stores.listProfiles()) {
            for (Routine routine : stores.list(profile.id())) {
                Routine shown = words.inShownLanguage(routine);
                if (!shown.equals(routine)) {
                    stores.save(profile.id(), shown, List.of());
                }
            }
        }
    }

    /** The window the app shows in (null before it is shown). */
    Stage stage() {
        return shell.stage();
    }

    /** Ends this app for a restart in the same window: the settings as they are now, with the window's place. */
    Settings shutdownForRestart() {
        Stage stage = shell.stage();
        if (stage != null) {
            settings.update(s -> s.withWindow(WindowPlacement.capture(stage)));
        }
        Settings now = settings.get();
        shutdown();
        return now;
    }

    /** The active profile's id, for a restart to go on with it. */
    String activeProfileId() {
        return shell.activeProfileId();
    }

    /** Goes on with this profile active (a restart), before the pages are built. */
    void resumeProfile(String id) {
        shell.resumeProfile(id);
    }

    void shutdown() {
        shell.stopListening();
        data.close();
        // the window is already closed: waiting here (at most 5 s) lets a last save finish
        executor.shutdown();
    }
}
