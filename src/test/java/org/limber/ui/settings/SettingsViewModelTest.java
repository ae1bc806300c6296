package org.limber.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.concurrent.DeferredExecutor;
import org.limber.session.CueSupport;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.ui.common.AppSettings;

/**
 * The language choice: saved at once, and "applies at next start" only when the next start will differ.
 * The cue options: offered only when this computer can play them (issue 23, item 9).
 */
class SettingsViewModelTest {

    @TempDir
    Path dir;

    private SettingsViewModel model(Locale computer, Locale running) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings settings = new AppSettings(Settings.defaults(), store, BackgroundExecutor.sameThread());
        return new SettingsViewModel(settings, dir.toString(), computer, running, BackgroundExecutor.sameThread(), () -> { },
                () -> new CueSupport(true, true, true, true));
    }

    private SettingsViewModel probed(BackgroundExecutor executor, Callable<CueSupport> probe) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings settings = new AppSettings(Settings.defaults(), store, BackgroundExecutor.sameThread());
        return new SettingsViewModel(settings, dir.toString(), Locale.UK, Locale.UK, executor, () -> { }, probe);
    }

    /** What the probe says, with the wanted flags the other way round: only what works may count. */
    private SettingsViewModel afterProbe(boolean line, boolean engine) {
        SettingsViewModel vm = probed(BackgroundExecutor.sameThread(), () -> new CueSupport(false, line, false, engine));
        vm.checkSound();
        return vm;
    }

    @Test
    void soundThatWorksIsOfferedWithNoReason() {
        SettingsViewModel vm = afterProbe(true, true);
        assertThat(vm.tonesAvailableProperty().get()).isTrue();
        assertThat(vm.voiceAvailableProperty().get()).isTrue();
        assertThat(vm.soundUnavailableProperty().get()).isNull();
    }

    @Test
    void noAudioLineTakesTheTonesAway() {
        SettingsViewModel vm = afterProbe(false, true);
        assertThat(vm.tonesAvailableProperty().get()).isFalse();
        assertThat(vm.voiceAvailableProperty().get()).isTrue();
        assertThat(vm.soundUnavailableProperty().get()).isEqualTo("settings.sound.unavailable.noTones");
    }

    @Test
    void noSpeechEngineTakesTheVoiceAway() {
        SettingsViewModel vm = afterProbe(true, false);
        assertThat(vm.tonesAvailableProperty().get()).isTrue();
        assertThat(vm.voiceAvailableProperty().get()).isFalse();
        assertThat(vm.soundUnavailableProperty().get()).isEqualTo("settings.sound.unavailable.noSpeech");
    }

    @Test
    void neitherTakesEveryCueOptionAway() {
        SettingsViewModel vm = afterProbe(false, false);
        assertThat(vm.tonesAvailableProperty().get()).isFalse();
        assertThat(vm.voiceAvailableProperty().get()).isFalse();
        assertThat(vm.soundUnavailableProperty().get()).isEqualTo("settings.sound.unavailable.none");
        assertThat(vm.tonesProperty().get()).as("the saved wish is kept for when a device is there").isTrue();
    }

    @Test
    void theProbeRunsInTheBackgroundAndOffersEverythingUntilItAnswers() {
        DeferredExecutor later = new DeferredExecutor();
        SettingsViewModel vm = probed(later, () -> new CueSupport(true, false, true, false));
        vm.checkSound();
        assertThat(later.waiting()).isEqualTo(1);
        assertThat(vm.tonesAvailableProperty().get()).isTrue();
        assertThat(vm.soundUnavailableProperty().get()).isNull();
        later.runAll();
        assertThat(vm.tonesAvailableProperty().get()).isFalse();
        assertThat(vm.soundUnavailableProperty().get()).isEqualTo("settings.sound.unavailable.none");
    }

    @Test
    void aProbeThatFailsLeavesTheOptionsOffered() {
        SettingsViewModel vm = probed(BackgroundExecutor.sameThread(), () -> {
            throw new IllegalStateException("no mixer");
        });
        vm.checkSound();
        assertThat(vm.tonesAvailableProperty().get()).isTrue();
        assertThat(vm.voiceAvailableProperty().get()).isTrue();
        assertThat(vm.soundUnavailableProperty().get()).isNull();
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
