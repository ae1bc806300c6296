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

    public SettingsViewModel(AppSettings settings, String dataFolder) {
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
        } finally {
            syncing = false;
        }
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
