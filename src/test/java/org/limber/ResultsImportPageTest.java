package org.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.concurrent.SingleThreadBackgroundExecutor;
import org.limber.data.LateStores;
import org.limber.data.Stores;
import org.limber.i18n.Messages;
import org.limber.library.CatalogueLoader;
import org.limber.profile.Profile;
import org.limber.results.Results;
import org.limber.results.ResultsFiles;
import org.limber.results.SampleResults;
import org.limber.session.Cues;
import org.limber.settings.BackupControl;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.storage.Database;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.FakeDialogs;
import org.limber.ui.onboarding.OnboardingViewModel;
import org.limber.ui.common.ProfileSafety;
import org.limber.ui.shell.Page;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The physiotherapist's "Import results…" on Profiles, with the app's pages on a real database
 * (the file chooser answered by a fake): a new person's file goes to a new client named as the
 * file says, the summary counts the sessions, and that client's History shows them.
 */
class ResultsImportPageTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Database db;
    private BackgroundExecutor executor;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (executor != null) {
            executor.shutdown();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResultsFileComesInThroughTheProfilesButtonAsANewClientWithTheirHistory() throws Exception {
        FxToolkit.registerPrimaryStage();
        Clock clock = Clock.systemDefaultZone();
        Path file = dir.resolve("anna" + ResultsFiles.EXTENSION);
        new ResultsFiles().write(SampleResults.file(SampleResults.daily("s", LocalDate.now(clock).minusDays(5), 5, 2)),
                file);
        Messages i18n = new Messages(Locale.ENGLISH);
        db = Database.open(dir.resolve("data"), clock);
        LateStores late = new LateStores(clock);
        late.open(db);
        executor = new SingleThreadBackgroundExecutor(Platform::runLater);
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.answer = file;
        AppSettings settings = new AppSettings(Settings.defaults(), new SettingsStore(dir.resolve("settings.json")),
                executor);
        ExercisesModel exercises = new ExercisesModel(() -> new CatalogueLoader().loadBuiltIn(Locale.ENGLISH), executor);
        Stage[] stage = {null};
        ProfileSafety safety = new ProfileSafety(late.safety(), executor, late::isOpen);
        Services services = new Services(i18n, clock, executor, settings, Stores.of(late), exercises, dialogs,
                (BackupControl) null, dir, "test", () -> UUID.randomUUID().toString(), Set::of, List::of,
                () -> stage[0], Cues::silent, new OnboardingViewModel(settings, safety), safety,
                new Results(late.results(), late, new ResultsFiles(), clock, () -> UUID.randomUUID().toString()),
                () -> { });

        robot.interact(() -> {
            stage[0] = new Stage();
            Pages pages = new Pages(services);
            Scene scene = new Scene((Parent) pages.create(Page.PROFILES), 1024, 700);
            pages.shell().pageProperty().addListener((obs, old, now) -> scene.setRoot((Parent) pages.create(now)));
            stage[0].setScene(scene);
            stage[0].show();
            exercises.load();
            pages.dataOpened();
        });
        ListView<Profile> list = robot.lookup("#profile-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 1);

        robot.clickOn("#results-import");
        DialogPane choose = waitFor("#results-client-dialog");
        assertThat(((Label) choose.getContent().lookup(".label")).getText()).contains(file.toString());
        assertThat(robot.lookup("#results-client-name").queryTextInputControl().getText()).isEqualTo("Anna B.");
        assertThat(robot.lookup("#results-client-existing").queryAs(RadioButton.class).isDisabled())
                .as("no clients yet to pick").isTrue();
        assertThat(button(choose, 1).isDefaultButton()).as("Cancel is the default").isTrue();
        robot.clickOn(button(choose, 0));

        DialogPane summary = waitFor("#results-imported-dialog");
        assertThat(robot.lookup("#results-summary").queryLabeled().getText())
                .isEqualTo(i18n.get("results.import.summary", 5, 0, 0));
        assertThat(dialogs.errors).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 2);
        robot.clickOn(button(summary, 0));

        TableView<?> history = (TableView<?>) waitForNode("#history-table");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 5);
        assertThat(list.getItems()).extracting(Profile::name).contains("Anna B.");
    }

    private DialogPane waitFor(String id) throws Exception {
        return (DialogPane) waitForNode(id);
    }

    private Node waitForNode(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        return robot.lookup(query).query();
    }

    private static Button button(DialogPane pane, int index) {
        return (Button) pane.lookupButton(pane.getButtonTypes().get(index));
    }
}
