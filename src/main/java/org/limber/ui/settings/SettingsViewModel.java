package org.limber.ui.settings;

import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.concurrent.BackgroundExecutor.ThrowingRunnable;
import org.limber.i18n.Languages;
import org.limber.session.CueSupport;
import org.limber.settings.Settings;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.Failure;

/** The settings page's state; every change goes straight to {@link AppSettings}. */
public final class SettingsViewModel {

    private final AlertThresholdsViewModel alerts;
    private final PracticeViewModel practice;
    private final Runnable restart;

    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.TextSize> textSize = new SimpleObjectProperty<>();
    private final BooleanProperty tones = new SimpleBooleanProperty();
    private final BooleanProperty voice = new SimpleBooleanProperty();
    private final IntegerProperty volume = new SimpleIntegerProperty();
    private final String dataFolder;
    private boolean syncing;
    private final StringProperty language = new SimpleStringProperty("");
    private final BooleanProperty restartNeeded = new SimpleBooleanProperty();
    private final ObjectProperty<Failure> folderProblem = new SimpleObjectProperty<>();
    private final BackgroundExecutor executor;
    private final ThrowingRunnable openFolder;
    private final Callable<CueSupport> soundProbe;
    private final ReadOnlyBooleanWrapper tonesAvailable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper voiceAvailable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper soundUnavailable = new ReadOnlyStringWrapper();

    /**
     * {@code computer} is the computer's own locale and {@code running} the one Limber started
     * in: a change of language applies at the next start, and is only announced when it will
     * change the language there. {@code openFolder} shows the data folder in the file manager
     * (it runs a process, so it runs on {@code executor}). {@code soundProbe} says whether this
     * computer has an audio line and a speech engine; it looks at the system, so it too runs there.
     */
    public SettingsViewModel(AppSettings settings, String dataFolder, Locale computer, Locale running,
            BackgroundExecutor executor, ThrowingRunnable openFolder, Callable<CueSupport> soundProbe) {
        this(settings, dataFolder, computer, running, executor, openFolder, soundProbe, () -> { });
    }

    /** {@code restart} starts Limber again in its window, in the language now chosen ("Restart now"). */
    public SettingsViewModel(AppSettings settings, String dataFolder, Locale computer, Locale running,
            BackgroundExecutor executor, ThrowingRunnable openFolder, Callable<CueSupport> soundProbe, Runnable restart) {
        this.restart = restart;
        this.practice = new PracticeViewModel(settings);
        this.dataFolder = dataFolder;
        this.alerts = new AlertThresholdsViewModel(settings);
        this.executor = executor;
        this.openFolder = openFolder;
        this.soundProbe = soundProbe;
        sync(settings.get());
        settings.settingsProperty().addListener((obs, old, now) -> sync(now));
        theme.addListener((obs, old, now) -> {
            if (now != null) {
                settings.update(s -> s.withTheme(now));
            }
        });
        textSize.addListener((obs, old, now) -> {
            if (now != null) {
                settings.update(s -> s.withTextSize(now));
            }
        });
        InvalidationListener cues = obs -> {
            if (!syncing) {
                settings.update(s -> s.withCues(tones.get(), voice.get(), volume.get()));
            }
        };
        language.addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                settings.update(s -> s.withLanguage(now.isEmpty() ? null : now));
            }
            restartNeeded.set(now != null && !Languages.resolve(now, computer).getLanguage()
                    .equals(running.getLanguage()));
        });
        tones.addListener(cues);
        voice.addListener(cues);
        volume.addListener(cues);
    }

    private void sync(Settings s) {
        syncing = true;
        try {
            theme.set(s.theme());
            textSize.set(s.textSize());
            tones.set(s.tones());
            voice.set(s.voice());
            volume.set(s.volume());
            language.set(s.language() == null ? "" : s.language());
        } finally {
            syncing = false;
        }
    }

    /** "" for the computer's language, else a language tag from {@link Languages#SUPPORTED}. */
    public StringProperty languageProperty() {
        return language;
    }

    /** True once the chosen language differs from the one Limber started in: it applies at the next start. */
    public ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded;
    }

    /** Starts Limber again at once, so the language chosen applies everywhere (offered while a restart is needed). */
    public void restartNow() {
        if (restartNeeded.get()) {
            restart.run();
        }
    }

    /** The practice's name and phone for handouts. */
    public PracticeViewModel practice() {
        return practice;
    }

    public void openDataFolder() {
        folderProblem.set(null);
        executor.run(openFolder, e -> folderProblem.set(Failure.of("settings.dataFolder.open.failed", e)));
    }

    /**
     * Looks (in the background) for what the cues need. Until the answer comes, and when the look
     * itself fails (it is logged; the player says so at the start of a session), the options stay offered.
     */
    public void checkSound() {
        executor.submit(soundProbe, support -> {
            tonesAvailable.set(support.tonesWork());
            voiceAvailable.set(support.voiceWorks());
            soundUnavailable.set(unavailableKey(support.tonesWork(), support.voiceWorks()));
        }, e -> { });
    }

    private static String unavailableKey(boolean tonesWork, boolean voiceWorks) {
        if (!tonesWork && !voiceWorks) {
            return "settings.sound.unavailable.none";
        }
        if (!tonesWork) {
            return "settings.sound.unavailable.noTones";
        }
        return voiceWorks ? null : "settings.sound.unavailable.noSpeech";
    }

    /** False when this computer has no audio output line for the tones. */
    public ReadOnlyBooleanProperty tonesAvailableProperty() {
        return tonesAvailable.getReadOnlyProperty();
    }

    /** False when no speech engine was found. */
    public ReadOnlyBooleanProperty voiceAvailableProperty() {
        return voiceAvailable.getReadOnlyProperty();
    }

    /** The message key saying which cues cannot be had here and why, or null when all can. */
    public ReadOnlyStringProperty soundUnavailableProperty() {
        return soundUnavailable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Failure> folderProblemProperty() {
        return folderProblem;
    }

    public BooleanProperty tonesProperty() {
        return tones;
    }

    public BooleanProperty voiceProperty() {
        return voice;
    }

    public IntegerProperty volumeProperty() {
        return volume;
    }

    public ObjectProperty<Settings.Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Settings.TextSize> textSizeProperty() {
        return textSize;
    }

    /** The clients overview's alert thresholds. */
    public AlertThresholdsViewModel alerts() {
        return alerts;
    }

    public String dataFolder() {
        return dataFolder;
    }
}
