package org.limber.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.limber.settings.Settings;
import org.limber.ui.common.AppSettings;

/** The settings page's state; every change goes straight to {@link AppSettings}. */
public final class SettingsViewModel {

    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.TextSize> textSize = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty tones = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty voice = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.IntegerProperty volume = new javafx.beans.property.SimpleIntegerProperty();
    private final String dataFolder;
    private boolean syncing;
    private final javafx.beans.property.StringProperty language = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty restartNeeded = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty folderProblem = new javafx.beans.property.SimpleStringProperty("");
    private java.util.function.Consumer<java.util.function.Consumer<String>> opener = done -> { };

    /**
     * {@code computer} is the computer's own locale and {@code running} the one Limber started
     * in: a change of language applies at the next start, and is only announced when it will
     * change the language there.
     */
    public SettingsViewModel(AppSettings settings, String dataFolder, java.util.Locale computer, java.util.Locale running) {
        this.dataFolder = dataFolder;
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
        javafx.beans.InvalidationListener cues = obs -> {
            if (!syncing) {
                settings.update(s -> s.withCues(tones.get(), voice.get(), volume.get()));
            }
        };
        language.addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                settings.update(s -> s.withLanguage(now.isEmpty() ? null : now));
            }
            restartNeeded.set(now != null && !org.limber.i18n.Languages.resolve(now, computer).getLanguage()
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

    /** "" for the computer's language, else a language tag from {@link org.limber.i18n.Languages#SUPPORTED}. */
    public javafx.beans.property.StringProperty languageProperty() {
        return language;
    }

    /** True once the chosen language differs from the one Limber started in: it applies at the next start. */
    public javafx.beans.property.ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded;
    }

    /**
     * How the data folder is shown: the opener runs off the FX thread and reports a problem
     * (empty when it worked) back on it.
     */
    public void setFolderOpener(java.util.function.Consumer<java.util.function.Consumer<String>> opener) {
        this.opener = opener;
    }

    public void openDataFolder() {
        folderProblem.set("");
        opener.accept(folderProblem::set);
    }

    public javafx.beans.property.ReadOnlyStringProperty folderProblemProperty() {
        return folderProblem;
    }

    public javafx.beans.property.BooleanProperty tonesProperty() {
        return tones;
    }

    public javafx.beans.property.BooleanProperty voiceProperty() {
        return voice;
    }

    public javafx.beans.property.IntegerProperty volumeProperty() {
        return volume;
    }

    public ObjectProperty<Settings.Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Settings.TextSize> textSizeProperty() {
        return textSize;
    }

    public String dataFolder() {
        return dataFolder;
    }
}
