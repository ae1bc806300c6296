package org.limber.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.ui.common.AppSettings;

/** The practice's line for handouts: checked as typed, saved only when it passes, kept in settings.json. */
class PracticeViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aValidNameAndPhoneAreSavedAndReadBack() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings settings = new AppSettings(Settings.defaults(), store, BackgroundExecutor.sameThread());
        PracticeViewModel vm = new PracticeViewModel(settings);

        vm.nameProperty().set("Physio am Markt ");
        vm.phoneProperty().set("+49 (30) 123-456");

        assertThat(vm.nameProblemProperty().get()).isNull();
        assertThat(vm.phoneProblemProperty().get()).isNull();
        assertThat(vm.nameProperty().get()).as("a space typed before the next word stays").isEqualTo("Physio am Markt ");
        assertThat(store.load().practice()).isEqualTo(new Settings.Practice("Physio am Markt", "+49 (30) 123-456"));
    }

    @Test
    void aWrongPhoneIsRefusedInPlaceAndNothingOfItIsSaved() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings settings = new AppSettings(Settings.defaults(), store, BackgroundExecutor.sameThread());
        PracticeViewModel vm = new PracticeViewModel(settings);
        vm.phoneProperty().set("030 1234");

        vm.phoneProperty().set("call reception");

        assertThat(vm.phoneProblemProperty().get()).isEqualTo("settings.practice.problem.phone");
        assertThat(vm.phoneProperty().get()).as("what was typed stays to be corrected").isEqualTo("call reception");
        assertThat(settings.get().practice().phone()).isEqualTo("030 1234");
        vm.phoneProperty().set("1".repeat(PracticeViewModel.MAX_PHONE + 1));
        assertThat(vm.phoneProblemProperty().get()).isEqualTo("settings.practice.problem.phoneTooLong");
        vm.nameProperty().set("x".repeat(PracticeViewModel.MAX_NAME + 1));
        assertThat(vm.nameProblemProperty().get()).isEqualTo("settings.practice.problem.nameTooLong");
        vm.phoneProperty().set("");
        vm.nameProperty().set("");
        assertThat(vm.phoneProblemProperty().get()).isNull();
        assertThat(settings.get().practice().isBlank()).as("both empty: none printed").isTrue();
    }
}
