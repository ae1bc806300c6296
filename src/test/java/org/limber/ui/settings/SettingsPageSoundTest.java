package org.limber.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.session.CueSupport;
import org.limber.settings.BackupControl;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.ui.common.AppSettings;
import org.testfx.api.FxToolkit;

/** Issue 23, item 9: with no sound on the computer, Settings greys the cue options and says why. */
class SettingsPageSoundTest {

    @TempDir
    Path dir;

    private final Messages i18n = new Messages(Locale.GERMAN);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private Scene page(CueSupport support) throws Exception {
        BackgroundExecutor now = BackgroundExecutor.sameThread();
        AppSettings settings = new AppSettings(Settings.defaults(), new SettingsStore(dir.resolve("settings.json")), now);
        BackupControl none = new BackupControl() {
            @Override
            public List<Info> list() {
                return List.of();
            }

            @Override
            public long currentBytes() {
                return 0;
            }

            @Override
            public void restore(Info backup) {
            }
        };
        Scene[] scene = {null};
        FxToolkit.setupFixture(() -> {
            scene[0] = new Scene((Parent) SettingsPage.create(
                    new SettingsViewModel(settings, dir.toString(), Locale.GERMAN, Locale.GERMAN, now, () -> { },
                            () -> support), new BackupsViewModel(none, now), i18n), 900, 700);
            scene[0].getRoot().applyCss();   // the scroll pane's skin puts the content in the scene graph
        });
        return scene[0];
    }

    private static Node find(Scene scene, String id) {
        Node node = scene.lookup("#" + id);
        assertThat(node).as(id).isNotNull();
        return node;
    }

    @Test
    void noSoundAtAllGreysEveryCueOptionAndSaysWhy() throws Exception {
        Scene scene = page(new CueSupport(true, false, true, false));
        Label reason = (Label) find(scene, "settings-sound-unavailable");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isEqualTo(i18n.get("settings.sound.unavailable.none"));
        assertThat(find(scene, "settings-tones").isDisabled()).isTrue();
        assertThat(find(scene, "settings-voice").isDisabled()).isTrue();
        assertThat(find(scene, "settings-volume").isDisabled()).isTrue();
    }

    @Test
    void noSpeechEngineGreysOnlyTheVoice() throws Exception {
        Scene scene = page(new CueSupport(true, true, true, false));
        Label reason = (Label) find(scene, "settings-sound-unavailable");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).isEqualTo(i18n.get("settings.sound.unavailable.noSpeech"));
        assertThat(find(scene, "settings-tones").isDisabled()).isFalse();
        assertThat(find(scene, "settings-voice").isDisabled()).isTrue();
        assertThat(find(scene, "settings-volume").isDisabled()).as("the tones still have a volume").isFalse();
    }

    @Test
    void soundThatWorksShowsNoReason() throws Exception {
        Scene scene = page(new CueSupport(true, true, true, true));
        assertThat(find(scene, "settings-sound-unavailable").isVisible()).isFalse();
        assertThat(find(scene, "settings-tones").isDisabled()).isFalse();
        assertThat(find(scene, "settings-voice").isDisabled()).isFalse();
    }
}
