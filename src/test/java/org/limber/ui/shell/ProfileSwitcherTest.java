package org.limber.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.limber.i18n.Messages;
import org.limber.profile.Profile;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Walk-through of issue 17: after a restore the header's profile box was blank. */
class ProfileSwitcherTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<Profile> load() {
        return List.of(new Profile(Profile.ME, "Me", ""), new Profile("c1", "Anna", ""));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBoxKeepsShowingTheActiveProfileWhenTheListIsLoadedAgain() throws Exception {
        ObservableList<Profile> profiles = FXCollections.observableArrayList(load());
        ObjectProperty<Profile> active = new SimpleObjectProperty<>(profiles.get(1));
        ComboBox<Profile>[] box = new ComboBox[1];
        FxToolkit.setupStage(stage -> {
            box[0] = (ComboBox<Profile>) ProfileSwitcher.create(profiles, active, Runnable::run,
                    new Messages(Locale.ENGLISH));
            stage.setScene(new Scene(new StackPane(box[0]), 300, 100));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(box[0])).isEqualTo("Anna");
        // as after a restore: the list is loaded again, and the active profile set to its new copy
        WaitForAsyncUtils.asyncFx(() -> {
            profiles.setAll(load());
            active.set(profiles.get(1));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box[0].getValue()).isEqualTo(active.get());
        assertThat(box[0].getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(shown(box[0])).as("what the header shows").isEqualTo("Anna");
    }

    private static String shown(ComboBox<Profile> box) {
        return ((Labeled) ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode()).getText();
    }
}
