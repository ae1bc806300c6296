package org.limber.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.profile.Profile;
import org.limber.safety.MemorySafetyStore;
import org.limber.safety.RedFlags;
import org.limber.safety.SafetyAnswers;
import org.limber.ui.common.ProfileSafety;
import org.limber.ui.profiles.ClientSafetyViewModel.Status;

class ClientSafetyViewModelTest {

    private final MemorySafetyStore store = new MemorySafetyStore();
    private final ProfileSafety safety = new ProfileSafety(store, BackgroundExecutor.sameThread(), () -> true);
    private final SimpleObjectProperty<Profile> active = new SimpleObjectProperty<>(new Profile(Profile.ME, "Me", ""));
    private final ClientSafetyViewModel vm = new ClientSafetyViewModel(safety);
    private final Profile anna = new Profile("anna", "Anna", "");
    private final Profile ben = new Profile("ben", "Ben", "");

    ClientSafetyViewModelTest() {
        safety.follow(active);
    }

    @Test
    void aNewClientIsNotAskedYetAndTheTherapistsTicksAreKeptWithThatClientOnly() throws Exception {
        store.save(Profile.ME, new SafetyAnswers(List.of("night-pain"), List.of("knee"), RedFlags.VERSION));
        vm.show(anna);
        assertThat(vm.statusProperty().get()).isEqualTo(Status.NOT_ASKED);
        assertThat(vm.ticked()).as("nothing of the therapist's own").isEmpty();
        assertThat(vm.conditions()).isEmpty();
        assertThat(vm.editable()).isTrue();

        vm.conditions().add("pregnancy");
        vm.ticked().add("over-50");
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.ANSWERED);
        assertThat(store.kept("anna")).isEqualTo(new SafetyAnswers(List.of("over-50"), List.of("pregnancy"),
                RedFlags.VERSION));
        assertThat(store.kept(Profile.ME).conditions()).containsExactly("knee");

        vm.show(ben);
        assertThat(vm.conditions()).isEmpty();
        vm.show(anna);
        assertThat(vm.conditions()).containsExactly("pregnancy");
        assertThat(vm.ticked()).containsExactly("over-50");
    }

    @Test
    void changesToTheActiveClientCountAtOnceAndRevertForgetsUnsavedTicks() {
        active.set(anna);
        vm.show(anna);
        vm.conditions().add("osteoporosis");
        vm.revert();
        assertThat(vm.conditions()).isEmpty();
        assertThat(store.kept("anna")).isNull();
        vm.conditions().add("osteoporosis");
        vm.save();
        assertThat(safety.activeConditions()).as("the builder's cautions follow").containsExactly("osteoporosis");
    }

    @Test
    void anEmergencySignLeavesTheQuestionsToBeAskedAgain() {
        vm.show(anna);
        vm.ticked().add("saddle-numbness");
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo(Status.ASK_AGAIN);
        assertThat(store.kept("anna").current()).isFalse();
    }

    @Test
    void myOwnAnswersAreNotEditedHereAndAFailedReadSaysSoAndSavesNothing() {
        vm.show(new Profile(Profile.ME, "Me", ""));
        assertThat(vm.editable()).isFalse();

        store.failing = true;
        vm.show(anna);
        assertThat(vm.statusProperty().get()).as("unknown").isNull();
        assertThat(vm.problemProperty().get().key()).isEqualTo("safety.error.load");
        vm.conditions().add("knee");
        store.failing = false;
        vm.save();
        assertThat(store.kept("anna")).as("nothing unseen is overwritten").isNull();
    }
}
