package org.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.clients.ClientsSource;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.data.Stores;
import org.limber.history.HistoryFigures;
import org.limber.history.HistoryStore;
import org.limber.i18n.Messages;
import org.limber.io.StorageException;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.CustomExerciseStore;
import org.limber.plan.PlanStore;
import org.limber.profile.ProfileStore;
import org.limber.routine.Routine;
import org.limber.results.Results;
import org.limber.results.ResultsFiles;
import org.limber.results.ResultsStore;
import org.limber.routine.RoutineFiles;
import org.limber.routine.RoutineStore;
import org.limber.routine.Step;
import org.limber.session.Cues;
import org.limber.session.SessionRecorder;
import org.limber.settings.BackupControl;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.ui.common.AppSettings;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.onboarding.OnboardingViewModel;
import org.limber.safety.SafetyStore;
import org.limber.ui.common.ProfileSafety;
import org.limber.ui.common.FakeDialogs;
import org.limber.ui.shell.Page;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every store throws {@code SQLException("boom")} (wrapped as the SQL stores wrap it), every
 * page is built, loads and saves; the word "boom" must appear on no label, text or field of any
 * window: failures reach the person as a message key and a reason in their words (issue 16).
 */
class NoRawErrorTextTest {

    static final String BOOM = "boom";

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final Messages i18n = new Messages(Locale.ENGLISH);
    private final FakeDialogs dialogs = new FakeDialogs();

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aStoreThatSaysBoomNeverShowsBoom() throws Exception {
        FxToolkit.registerPrimaryStage();
        Catalogue builtIn = new CatalogueLoader().loadBuiltIn(Locale.ENGLISH);
        Object failing = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RoutineStore.class,
            CustomExerciseStore.class, SessionRecorder.class, HistoryStore.class, HistoryFigures.class, ProfileStore.class,
            PlanStore.class, ResultsStore.class, ClientsSource.class, SafetyStore.class},
            boom());
        Stores stores = new Stores((RoutineStore) failing, (CustomExerciseStore) failing, (SessionRecorder) failing,
                (HistoryStore) failing, (HistoryFigures) failing, (ProfileStore) failing, (PlanStore) failing, (ResultsStore) failing,
                (ClientsSource) failing, () -> true);
        BackupControl backups = (BackupControl) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BackupControl.class}, (proxy, method, args) -> {
                    throw new IOException(BOOM);
                });
        BackgroundExecutor now = BackgroundExecutor.sameThread();
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        ExercisesModel exercises = new ExercisesModel(
                () -> builtIn.withCustom(stores.exercises().listExercises()), now);
        Set<String> ids = builtIn.exercises().stream().map(e -> e.id()).collect(Collectors.toSet());
        Stage[] stage = {null};
        // past the first run: the player's safety check waits for nothing else
        AppSettings settings = new AppSettings(Settings.defaults().withOnboardingAccepted(true),
                new SettingsStore(dir.resolve("settings.json")), now);
        ProfileSafety safety = new ProfileSafety((SafetyStore) failing, now, () -> true);
        Services services = new Services(i18n, clock, now, settings, stores,
                exercises, dialogs, backups, dir, "test", () -> "id-" + System.nanoTime(), () -> ids, () -> {
                    throw new IOException(BOOM);
                }, () -> stage[0], Cues::silent, new OnboardingViewModel(settings, safety), safety,
                new Results((ResultsStore) failing, (PlanStore) failing, new ResultsFiles(), clock, () -> "person"),
                () -> { });
        Routine morning = new Routine("r1", "Morning", "", List.of(Step.of(builtIn.exercises().get(0))));
        Path file = dir.resolve("morning" + RoutineFiles.EXTENSION);
        Files.write(file, new RoutineFiles().write(morning, List.of()));

        robot.interact(() -> {
            stage[0] = new Stage();
            Pages pages = new Pages(services);
            StackPane all = new StackPane();
            for (Page page : Page.values()) {
                Node node = pages.create(page);
                node.setId(page.pageId());
                all.getChildren().add(node);
            }
            stage[0].setScene(new Scene(all, 1200, 800));
            stage[0].show();
            exercises.load();
            pages.dataOpened();
            pages.shell().pageProperty().set(Page.HISTORY);
            fire(all, "#routine-new");
            ((TextField) all.lookup("#routine-name")).setText("Evening");
            fire(all, "#routine-save");
            ((TextField) all.lookup("#profile-name")).setText("Ann");
            fire(all, "#profile-add");
            pages.importFile(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#routine-error")).isEqualTo(i18n.get("routines.error.save", i18n.get("failure.reason.data")));
        assertThat(text("#history-error")).isEqualTo(i18n.get("history.error", i18n.get("failure.reason.data")));
        assertThat(text("#library-error")).isEqualTo(i18n.get("library.error.load", i18n.get("failure.reason.data")));
        assertThat(text("#profile-problem")).isEqualTo(i18n.get("profiles.error.save", i18n.get("failure.reason.data")));
        assertThat(text("#backup-problem")).isEqualTo(i18n.get("settings.backups.error.load", i18n.get("failure.reason.file")));
        List<String> shown = new ArrayList<>(shownTexts());
        assertThat(shown).as("the failures are shown").anyMatch(t -> t.contains(i18n.get("failure.reason.data")));

        robot.interact(() -> new Player(services, () -> "me", () -> { }).start(morning));
        // the answers could not be read, so the safety questions come first; answered, the session starts
        robot.interact(() -> services.safetyCheck().continueFromChecklist());
        robot.interact(() -> fire(stage[0].getScene().getRoot(), "#pain-skip"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#player-error")).isEqualTo(i18n.get("player.saveFailed", i18n.get("failure.reason.data")));

        shown.addAll(shownTexts());
        assertThat(shown).as("texts on screen").hasSizeGreaterThan(100);
        assertThat(shown).noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(BOOM));
        assertThat(dialogs.errors).noneMatch(t -> t.contains(BOOM));
    }

    /** Every store call fails as the SQL stores fail: the driver's text becomes the exception's message. */
    private static InvocationHandler boom() {
        return (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(proxy, args);
            }
            throw new StorageException(BOOM, new SQLException(BOOM));
        };
    }

    private static void fire(Parent root, String query) {
        Button button = (Button) root.lookup(query);
        assertThat(button).as(query).isNotNull();
        button.fire();
    }

    private String text(String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /** The text of every label, text node and field in every open window. */
    private List<String> shownTexts() {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> {
            for (Window window : new ArrayList<>(Window.getWindows())) {
                if (window.getScene() != null) {
                    collect(window.getScene().getRoot(), texts);
                }
            }
        });
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        String text = node instanceof Labeled l ? l.getText() : node instanceof Text t ? t.getText()
                : node instanceof TextInputControl c ? c.getText() : null;
        if (text != null && !text.isEmpty()) {
            texts.add(text);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}
