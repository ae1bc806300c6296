package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.profile.Profile;
import org.limber.storage.Database;
import org.limber.storage.SqlProfileStore;
import org.testfx.api.FxRobot;

/** A client with a name of 108 characters: the header keeps the app's name whole and shows the name cut, whole in a tooltip. */
class LongProfileNameTest {

    static final String NAME = "Anna-Maria Constanze Friederike von Hohenzollern-Sigmaringen und Leutkirch-Oberschwaben, Praxis Nord-Ost 226";

    @TempDir
    Path dataDir;

    private final LimberAppHarness harness = new LimberAppHarness();

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSwitcherIsCappedTheNameIsInItsTooltipAndTheLogoStaysWhole() throws Exception {
        assertThat(NAME).hasSize(108);
        try (Database db = Database.open(dataDir, Clock.systemUTC())) {
            new SqlProfileStore(db, Clock.systemUTC()).saveProfile(new Profile("client", NAME, ""));
        }
        FxRobot robot = new FxRobot();
        Parent root = SmallWindow.open(harness, dataDir);
        ComboBox<Profile> box = (ComboBox<Profile>) root.lookup("#profile-switch");
        robot.interact(() -> box.setValue(box.getItems().stream().filter(p -> p.id().equals("client")).findFirst()
                .orElseThrow()));
        harness.waitUntilSettled();
        SmallWindow.layout(robot, root);
        robot.interact(() -> {
            Label title = (Label) root.lookup(".app-title");
            assertThat(SceneAudit.truncatedText(title)).as("the logo").isEmpty();
            assertThat(title.getWidth()).isGreaterThanOrEqualTo(title.prefWidth(-1) - 0.5);
            Labeled shown = (Labeled) ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode();
            assertThat(shown.getText()).isEqualTo(NAME);
            assertThat(shown.getTooltip()).isNotNull();
            assertThat(shown.getTooltip().getText()).isEqualTo(NAME);
            double em = shown.getFont().getSize();
            assertThat(box.getWidth()).as("capped").isLessThanOrEqualTo(16 * em + 0.5).isGreaterThan(6 * em);
            assertThat(SceneAudit.outsideWindow(root, "#profile-switch")).isEmpty();
            assertThat(SceneAudit.outsideWindow(root, "#help-menu")).isEmpty();
            // the name is cut short in the box, never blank
            assertThat(SceneAudit.truncatedText(box)).singleElement().asString().contains("drawn as \"Anna");
        });
    }
}
