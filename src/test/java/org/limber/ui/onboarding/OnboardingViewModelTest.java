package org.limber.ui.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.profile.Profile;
import org.limber.safety.MemorySafetyStore;
import org.limber.safety.RedFlags;
import org.limber.safety.SafetyAnswers;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.ProfileSafety;
import org.limber.ui.onboarding.OnboardingViewModel.Reason;
import org.limber.ui.onboarding.OnboardingViewModel.Step;

class OnboardingViewModelTest {

    @TempDir
    Path dir;

    private final MemorySafetyStore store = new MemorySafetyStore();
    private boolean open = true;
    private final ProfileSafety safety = new ProfileSafety(store, BackgroundExecutor.sameThread(), () -> open);
    private final SimpleObjectProperty<Profile> active = new SimpleObjectProperty<>(new Profile(Profile.ME, "Me", ""));
    private final Profile anna = new Profile("anna", "Anna", "");

    OnboardingViewModelTest() {
        safety.follow(active);
    }

    private AppSettings settings(Settings initial) {
        return new AppSettings(initial, new SettingsStore(dir.resolve("settings.json")), BackgroundExecutor.sameThread());
    }

    private static Settings returning() {
        return Settings.defaults().withOnboardingAccepted(true).withUsedBy(Settings.UsedBy.SELF);
    }

    private OnboardingViewModel atChecklist(AppSettings settings) {
        OnboardingViewModel vm = new OnboardingViewModel(settings, safety);
        assertThat(vm.whoChoiceProperty().get()).as("'me' unless chosen otherwise").isEqualTo(Settings.UsedBy.SELF);
        vm.accept();
        assertThat(vm.stepProperty().get()).as("the checklist follows the notice").isEqualTo(Step.RED_FLAGS);
        assertThat(settings.get().usedBy()).isEqualTo(Settings.UsedBy.SELF);
        return vm;
    }

    @Test
    void anEmergencySignLeadsToTheEmergencyScreenWhoseOnlyWayIsBack() throws Exception {
        AppSettings settings = settings(Settings.defaults());
        OnboardingViewModel vm = atChecklist(settings);
        vm.ticked().add("saddle-numbness");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.EMERGENCY);
        assertThat(store.kept(Profile.ME)).as("kept, to be asked again")
                .isEqualTo(new SafetyAnswers(List.of("saddle-numbness"), List.of(), 0));
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
        assertThat(store.kept(Profile.ME).version()).isEqualTo(RedFlags.VERSION);
    }

    @Test
    void aSeeADoctorSignShowsTheAdviceAndIsRememberedForMe() throws Exception {
        AppSettings settings = settings(Settings.defaults());
        OnboardingViewModel vm = atChecklist(settings);
        vm.ticked().add("night-pain");
        vm.conditions().add("pregnancy");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.ADVICE);
        vm.acknowledge();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(store.kept(Profile.ME)).isEqualTo(new SafetyAnswers(List.of("night-pain"), List.of("pregnancy"),
                RedFlags.VERSION));
        assertThat(safety.activeConditions()).as("the builder and the player go by them at once")
                .containsExactly("pregnancy");
        OnboardingViewModel next = new OnboardingViewModel(settings, safety);
        next.dataOpened();
        assertThat(next.stepProperty().get()).isEqualTo(Step.DONE);
    }

    @Test
    void whoUsesLimberIsAskedOnceAndAPhysiotherapistSkipsTheirOwnChecklist() throws Exception {
        AppSettings settings = settings(Settings.defaults());
        OnboardingViewModel vm = new OnboardingViewModel(settings, safety);
        vm.whoChoiceProperty().set(Settings.UsedBy.CLIENTS);
        assertThat(vm.stepProperty().get()).as("choosing alone does not accept the notice").isEqualTo(Step.WELCOME);
        assertThat(settings.get().usedBy()).isNull();
        vm.accept();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(vm.forClientsProperty().get()).as("the Profiles page comes next").isTrue();
        assertThat(settings.get().usedBy()).isEqualTo(Settings.UsedBy.CLIENTS);
        assertThat(settings.get().onboardingAccepted()).isTrue();
        assertThat(store.kept(Profile.ME)).as("the therapist is not the patient").isNull();

        OnboardingViewModel next = new OnboardingViewModel(settings, safety);
        next.dataOpened();
        assertThat(next.stepProperty().get()).as("not asked at every start either").isEqualTo(Step.DONE);

        AppSettings mine = settings(Settings.defaults());
        OnboardingViewModel me = atChecklist(mine);
        assertThat(mine.get().usedBy()).isEqualTo(Settings.UsedBy.SELF);
        assertThat(me.isMe()).isTrue();
        assertThat(me.forClientsProperty().get()).isFalse();
    }

    @Test
    void answersToAnOlderVersionOfTheQuestionsAreAskedAgainOnceTheDataIsOpen() throws Exception {
        store.save(Profile.ME, new SafetyAnswers(List.of("fall", "bladder"), List.of(), 1));
        OnboardingViewModel vm = new OnboardingViewModel(settings(returning()), safety);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        vm.dataOpened();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.RED_FLAGS);
        assertThat(vm.reasonProperty().get()).isEqualTo(Reason.QUESTIONS_CHANGED);
        assertThat(vm.ticked()).as("only keys the new questions know come back").containsExactly("bladder");
    }

    @Test
    void itHurtsAsksTheQuestionsAgainWithTheEarlierAnswers() throws Exception {
        store.save(Profile.ME, new SafetyAnswers(List.of("cancer"), List.of(), RedFlags.VERSION));
        AppSettings settings = settings(returning());
        OnboardingViewModel vm = new OnboardingViewModel(settings, safety);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        vm.rescreenAfterPain();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.RED_FLAGS);
        assertThat(vm.reasonProperty().get()).isEqualTo(Reason.AFTER_PAIN);
        assertThat(vm.ticked()).containsExactly("cancer");
        vm.ticked().add("chest-pain");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.EMERGENCY);
        assertThat(settings.get().onboardingAccepted()).as("an emergency takes the earlier acceptance back").isFalse();
    }

    @Test
    void aCheckFromHelpCanBeClosedUnchangedButTheFirstRunCannot() throws Exception {
        store.save(Profile.ME, new SafetyAnswers(List.of("cancer"), List.of(), RedFlags.VERSION));
        OnboardingViewModel vm = new OnboardingViewModel(settings(returning()), safety);
        vm.revisit();
        assertThat(vm.canCancel()).isTrue();
        vm.ticked().add("bowel");
        vm.cancel();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(store.kept(Profile.ME).redFlags()).containsExactly("cancer");
        vm.revisit();
        assertThat(vm.ticked()).as("shown as kept").containsExactly("cancer");
        vm.cancel();
        vm.rescreenAfterPain();
        assertThat(vm.canCancel()).as("after 'It hurts' the questions are answered").isFalse();

        OnboardingViewModel first = atChecklist(settings(Settings.defaults()));
        assertThat(first.canCancel()).isFalse();
        first.cancel();
        assertThat(first.stepProperty().get()).isEqualTo(Step.RED_FLAGS);
    }

    @Test
    void theAdviceLeadsBackToTheAnswers() throws Exception {
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

    @Test
    void aClientNobodyAnsweredForIsAskedBeforeTheirFirstSessionAndKeepsTheirOwnAnswers() throws Exception {
        store.save(Profile.ME, new SafetyAnswers(List.of(), List.of("osteoporosis"), RedFlags.VERSION));
        AppSettings settings = settings(returning());
        OnboardingViewModel vm = new OnboardingViewModel(settings, safety);
        AtomicInteger sessions = new AtomicInteger();
        vm.beforeSession(sessions::incrementAndGet);
        assertThat(sessions.get()).as("Me was asked: the session starts at once").isEqualTo(1);

        active.set(anna);
        assertThat(safety.activeConditions()).as("not the therapist's or Me's").isEmpty();
        vm.beforeSession(sessions::incrementAndGet);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.RED_FLAGS);
        assertThat(vm.reasonProperty().get()).isEqualTo(Reason.FIRST_SESSION);
        assertThat(vm.whoseProperty().get()).isEqualTo(anna);
        assertThat(vm.ticked()).as("a new client starts with nothing ticked").isEmpty();
        assertThat(vm.conditions()).isEmpty();
        assertThat(sessions.get()).as("not before the answers").isEqualTo(1);
        vm.conditions().add("pregnancy");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(sessions.get()).as("the session follows the answers").isEqualTo(2);
        assertThat(store.kept("anna")).isEqualTo(new SafetyAnswers(List.of(), List.of("pregnancy"), RedFlags.VERSION));
        assertThat(store.kept(Profile.ME).conditions()).containsExactly("osteoporosis");
        assertThat(safety.activeConditions()).containsExactly("pregnancy");

        vm.beforeSession(sessions::incrementAndGet);
        assertThat(sessions.get()).as("asked once").isEqualTo(3);
        active.set(new Profile(Profile.ME, "Me", ""));
        assertThat(safety.activeConditions()).containsExactly("osteoporosis");
    }

    @Test
    void aClientsCheckCanBeClosedWithoutASessionAndAnEmergencySignStopsOnlyThatSession() throws Exception {
        AppSettings settings = settings(Settings.defaults().withOnboardingAccepted(true)
                .withUsedBy(Settings.UsedBy.CLIENTS));
        OnboardingViewModel vm = new OnboardingViewModel(settings, safety);
        active.set(anna);
        AtomicInteger sessions = new AtomicInteger();
        vm.beforeSession(sessions::incrementAndGet);
        assertThat(vm.canCancel()).isTrue();
        vm.cancel();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(store.kept("anna")).as("nothing kept").isNull();

        vm.beforeSession(sessions::incrementAndGet);
        vm.ticked().add("bladder");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.EMERGENCY);
        assertThat(settings.get().onboardingAccepted()).as("the therapist's app stays open").isTrue();
        vm.backToChecklist();
        vm.cancel();
        assertThat(sessions.get()).isZero();
        vm.beforeSession(sessions::incrementAndGet);
        assertThat(vm.stepProperty().get()).as("asked again before the next session").isEqualTo(Step.RED_FLAGS);
        assertThat(vm.ticked()).containsExactly("bladder");
    }

    @Test
    void answersGivenBeforeTheDataIsOpenAreWrittenOnceItIs() throws Exception {
        open = false;
        OnboardingViewModel vm = atChecklist(settings(Settings.defaults()));
        vm.conditions().add("knee");
        vm.continueFromChecklist();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(store.kept(Profile.ME)).isNull();
        assertThat(safety.activeConditions()).containsExactly("knee");
        open = true;
        safety.dataOpened();
        assertThat(store.kept(Profile.ME)).isEqualTo(new SafetyAnswers(List.of(), List.of("knee"), RedFlags.VERSION));
        assertThat(safety.activeConditions()).containsExactly("knee");
    }
}
