package org.limber.ui.settings;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.limber.settings.Settings;
import org.limber.ui.common.AppSettings;

/** The settings page's state; every change goes straight to {@link AppSettings}. */
public final class SettingsViewModel {

    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.TextSize> textSize = new SimpleObjectProperty<>();
    private final String dataFolder;

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
    }

    private void sync(Settings s) {
        theme.set(s.theme());
        textSize.set(s.textSize());
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
