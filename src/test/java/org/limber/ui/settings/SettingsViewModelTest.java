package org.limber.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.ui.common.AppSettings;

/** The language choice: saved at once, and "applies at next start" only when the next start will differ. */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    private SettingsViewModel model(Locale computer, Locale running) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings settings = new AppSettings(Settings.defaults(), store, BackgroundExecutor.sameThread());
        return new SettingsViewModel(settings, dir.toString(), computer, running, BackgroundExecutor.sameThread(), () -> { });
    }

    @Test
    void choosingTheLanguageAlreadyInUseNeedsNoRestart() {
        SettingsViewModel vm = model(Locale.UK, Locale.UK);
        vm.languageProperty().set("en");
        assertThat(vm.restartNeededProperty().get()).as("English chosen on an English computer").isFalse();
        vm.languageProperty().set("de");
        assertThat(vm.restartNeededProperty().get()).isTrue();
        vm.languageProperty().set("");
        assertThat(vm.restartNeededProperty().get()).as("back to the computer's language, English").isFalse();
        assertThat(new SettingsStore(dir.resolve("settings.json")).load().language()).as("saved").isNull();
    }

    @Test
    void theComputersLanguageIsResolvedBeforeComparing() {
        SettingsViewModel vm = model(Locale.GERMANY, Locale.ENGLISH);   // running in English by choice
        vm.languageProperty().set("en");
        assertThat(vm.restartNeededProperty().get()).isFalse();
        vm.languageProperty().set("");
        assertThat(vm.restartNeededProperty().get()).as("the computer's language is German").isTrue();
        SettingsViewModel french = model(Locale.FRANCE, Locale.ENGLISH);
        french.languageProperty().set("de");
        french.languageProperty().set("");
        assertThat(french.restartNeededProperty().get()).as("French is not spoken: English again").isFalse();
    }
}
