package org.limber.ui.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.safety.RedFlags;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.ui.common.AppSettings;
import org.limber.ui.onboarding.OnboardingViewModel.Step;

class OnboardingViewModelTest {

    @TempDir
    Path dir;

    private AppSettings settings(Settings initial) {
        return new AppSettings(initial, new SettingsStore(dir.resolve("settings.json")), BackgroundExecutor.sameThread());
    }

    private OnboardingViewModel atChecklist(AppSettings settings) {
        OnboardingViewModel vm = new OnboardingViewModel(settings);
        vm.accept();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.RED_FLAGS);
        return vm;
    }

    @Test
    void anEmergencySignLeadsToTheEmergencyScreenWhoseOnlyWayIsBack() {
        AppSettings settings = settings(Settings.defaults());
        OnboardingViewModel vm = atChecklist(settings);
        vm.ticked().add("saddle-numbness");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.EMERGENCY);
        vm.acknowledge();
        assertThat(vm.stepProperty().get()).as("no way on from the emergency screen").isEqualTo(Step.EMERGENCY);
        vm.revisit();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.EMERGENCY);
        assertThat(settings.get().onboardingAccepted()).as("the next start asks again").isFalse();

        vm.backToChecklist();
        vm.ticked().remove("saddle-numbness");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(settings.get().onboardingAccepted()).isTrue();
        assertThat(settings.get().safetyCheck()).isEqualTo(RedFlags.VERSION);
    }

    @Test
    void aSeeADoctorSignShowsTheAdviceAndIsRemembered() {
        AppSettings settings = settings(Settings.defaults());
        OnboardingViewModel vm = atChecklist(settings);
        vm.ticked().add("night-pain");
        vm.conditions().add("pregnancy");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.ADVICE);
        vm.acknowledge();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(settings.get().redFlags()).containsExactly("night-pain");
        assertThat(settings.get().conditions()).containsExactly("pregnancy");
        assertThat(new OnboardingViewModel(settings).stepProperty().get()).isEqualTo(Step.DONE);
    }

    @Test
    void answersToAnOlderVersionOfTheQuestionsAreAskedAgain() {
        Settings old = Settings.defaults().withOnboardingAccepted(true).withRedFlags(List.of("fall", "bladder"));
        OnboardingViewModel vm = new OnboardingViewModel(settings(old));
        assertThat(vm.stepProperty().get()).isEqualTo(Step.RED_FLAGS);
        assertThat(vm.reasonProperty().get()).isEqualTo(OnboardingViewModel.Reason.QUESTIONS_CHANGED);
        assertThat(vm.ticked()).as("only keys the new questions know come back").containsExactly("bladder");
    }

    @Test
    void itHurtsAsksTheQuestionsAgainWithTheEarlierAnswers() {
        Settings answered = Settings.defaults().withOnboardingAccepted(true).withRedFlags(List.of("cancer"))
                .withSafetyCheck(RedFlags.VERSION);
        AppSettings settings = settings(answered);
        OnboardingViewModel vm = new OnboardingViewModel(settings);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        vm.rescreenAfterPain();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.RED_FLAGS);
        assertThat(vm.reasonProperty().get()).isEqualTo(OnboardingViewModel.Reason.AFTER_PAIN);
        assertThat(vm.ticked()).containsExactly("cancer");
        vm.ticked().add("chest-pain");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.EMERGENCY);
        assertThat(settings.get().onboardingAccepted()).as("an emergency takes the earlier acceptance back").isFalse();
    }

    @Test
    void aCheckFromHelpCanBeClosedUnchangedButTheFirstRunCannot() {
        Settings answered = Settings.defaults().withOnboardingAccepted(true).withRedFlags(List.of("cancer"))
                .withSafetyCheck(RedFlags.VERSION);
        AppSettings settings = settings(answered);
        OnboardingViewModel vm = new OnboardingViewModel(settings);
        vm.revisit();
        assertThat(vm.canCancel()).isTrue();
        vm.ticked().add("bowel");
        vm.cancel();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(vm.ticked()).containsExactly("cancer");
        assertThat(settings.get().redFlags()).containsExactly("cancer");
        vm.rescreenAfterPain();
        assertThat(vm.canCancel()).as("after 'It hurts' the questions are answered").isFalse();

        OnboardingViewModel first = atChecklist(settings(Settings.defaults()));
        assertThat(first.canCancel()).isFalse();
        first.cancel();
        assertThat(first.stepProperty().get()).isEqualTo(Step.RED_FLAGS);
    }

    @Test
    void theAdviceLeadsBackToTheAnswers() {
        OnboardingViewModel vm = atChecklist(settings(Settings.defaults()));
        vm.ticked().add("over-50");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.ADVICE);
        vm.backFromAdvice();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.RED_FLAGS);
        vm.ticked().clear();
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
    }
}
