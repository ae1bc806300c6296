package org.limber.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.library.CatalogueLoader;
import org.limber.io.StorageException;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.library.figure.Joint;
import org.limber.library.figure.Pose;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.Cues;
import org.limber.session.PhaseWords;
import org.limber.session.SessionRecorder;
import org.limber.session.TimeSource;
import org.limber.ui.common.figure.FigureView;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.shell.Themes;
import org.limber.settings.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The player's keys on a hand-moved clock: Space, Enter and Esc carry on in every panel, the
 * pain scale chooses nothing for the person, and keys in the first moment of a screen are ignored.
 */
class PlayerKeysTest {

    static final Messages I18N = new Messages(Locale.ENGLISH);
    static ExercisesModel exercises;
    static Stage stage;

    final FxRobot robot = new FxRobot();
    final long[] nanos = {1_000_000_000L};
    final Integer[] painGiven = new Integer[2];
    SessionViewModel vm;

    @BeforeAll
    static void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        exercises = new ExercisesModel(() -> new CatalogueLoader().loadBuiltIn(), BackgroundExecutor.sameThread());
        WaitForAsyncUtils.asyncFx(exercises::load).get();
        stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage own = new Stage();
            own.setScene(new Scene(new Pane(), 1024, 600));
            own.show();
            return own;
        }).get();
    }

    @BeforeEach
    void play() throws Exception {
        TimeSource time = new TimeSource() {
            @Override
            public long monotonicNanos() {
                return nanos[0];
            }

            @Override
            public long wallMillis() {
                return nanos[0] / 1_000_000L;
            }
        };
        SessionRecorder recorder = new SessionRecorder() {
            @Override
            public String begin(SessionStart start) throws StorageException {
                painGiven[0] = start.painBefore();
                if (Integer.valueOf(7).equals(start.painBefore())) {
                    throw new StorageException("[SQLITE_FULL] database or disk is full", null,
                            StorageException.Problem.DISK_FULL);
                }
                return start.id();
            }

            @Override
            public void step(String sessionId, StepRecord step) {
            }

            @Override
            public void finish(String sessionId, Status status, long ended, int seconds, Integer pain, String notes) {
                painGiven[1] = pain;
            }
        };
        Routine routine = new Routine("r", "Keys", "", List.of(
                new Step("knee-to-chest", new Dosage(1, 2, 20, 0, 5, Sides.NONE, 0, 3), null, "Small and slow.")));
        WaitForAsyncUtils.asyncFx(() -> {
            vm = new SessionViewModel(routine, new SessionViewModel.Services(exercises, time, Clock.systemUTC(), recorder,
                    BackgroundExecutor.sameThread(), Cues.silent(), new PhaseWords(I18N), "me", "s", List.of()));
            PlayerView view = new PlayerView(vm, I18N, () -> { });
            stage.getScene().setRoot(view.root());
            Themes.apply(stage.getScene(), Settings.defaults().withTextSize(Settings.TextSize.LARGEST));
            stage.toFront();
            stage.requestFocus();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void clear() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> stage.getScene().setRoot(new Pane())).get();
    }

    private void later(long millis) {
        nanos[0] += millis * 1_000_000L;
    }

    private void startRunning() throws Exception {
        later(700);
        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        waitFor("#player-phase");
        assertThat(painGiven[0]).isEqualTo(5);
    }

    @Test
    void aFailedSaveIsSaidInWordsAndEndingNeverClaimsItWasSaved() throws Exception {
        later(700);
        robot.type(KeyCode.DIGIT7).type(KeyCode.ENTER);
        waitFor("#player-phase");
        Label error = (Label) waitFor("#player-error");
        assertThat(error.getText()).contains(I18N.get("failure.reason.diskFull")).doesNotContain("SQLITE");
        robot.type(KeyCode.ESCAPE);
        waitFor("#stop-dialog");
        assertThat(robot.lookup("#stop-dialog .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(I18N.get("player.endsNow.unsaved")).doesNotContain(I18N.get("player.confirmStop.body"));
        robot.type(KeyCode.SPACE);
    }

    @Test
    void keysInTheFirstMomentAreIgnoredAndEnterWithNothingChosenKeepsTheScreen() throws Exception {
        Slider slider = (Slider) waitFor("#pain-before");
        robot.type(KeyCode.DIGIT7).type(KeyCode.ENTER);
        assertThat(slider.getValue()).as("nothing chosen yet").isNaN();
        assertThat(vm.stageProperty().get()).isEqualTo(PlayerStage.PAIN_BEFORE);
        later(700);
        List<Double> before = places();
        assertThat(robot.lookup("#pain-before-hint").query().isVisible()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(vm.stageProperty().get()).as("Enter with nothing chosen").isEqualTo(PlayerStage.PAIN_BEFORE);
        assertThat(robot.lookup("#pain-before-hint").queryLabeled().getText()).isNotEmpty();
        assertThat(robot.lookup("#pain-before-hint").query().isVisible()).isTrue();
        assertThat(places()).as("the hint appears in room kept for it: nothing moves").isEqualTo(before);
        robot.type(KeyCode.T);
        assertThat(slider.getValue()).as("the letter for 10").isEqualTo(10);
        assertThat(robot.lookup("#pain-before-hint").query().isVisible()).isFalse();
        assertThat(places()).as("choosing moves nothing either").isEqualTo(before);
        robot.clickOn("#pain-before-3");
        assertThat(slider.getValue()).as("the slider follows the buttons").isEqualTo(3);
        robot.type(KeyCode.DIGIT1).type(KeyCode.DIGIT0);
        assertThat(slider.getValue()).as("1 then 0, as the keys line says, is 10").isEqualTo(10);
        robot.interact(() -> slider.setValue(8));
        assertThat(robot.lookup("#pain-before-value").queryLabeled().getText()).contains("8");
        robot.type(KeyCode.ENTER);
        waitFor("#player-phase");
        assertThat(painGiven[0]).isEqualTo(8);
    }

    @Test
    void spaceEnterAndEscInTheStopPanelCarryOnAndStoppingNeedsItsLetter() throws Exception {
        startRunning();
        for (KeyCode carryOn : List.of(KeyCode.SPACE, KeyCode.ENTER, KeyCode.ESCAPE)) {
            robot.type(KeyCode.ESCAPE);
            waitFor("#stop-dialog");
            assertThat(vm.display().paused().get()).isTrue();
            robot.type(carryOn);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#stop-dialog").tryQuery()).as(carryOn + " closes the panel").isEmpty();
            assertThat(vm.display().paused().get()).as(carryOn + " carries on").isFalse();
            assertThat(vm.stageProperty().get()).isEqualTo(PlayerStage.RUNNING);
        }
        robot.press(KeyCode.ESCAPE);
        waitFor("#stop-dialog");
        robot.press(KeyCode.ESCAPE);
        robot.press(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stop-dialog").tryQuery()).as("auto-repeat of the key that opened it").isPresent();
        robot.release(KeyCode.ESCAPE);
        robot.type(KeyCode.E);
        waitFor("#pain-after");
        assertThat(vm.status()).isEqualTo(SessionRecorder.Status.STOPPED);
    }

    @Test
    void spaceAndEnterInTheItHurtsPanelCarryOnAndSeverePainShowsTheAdvice() throws Exception {
        startRunning();
        for (KeyCode carryOn : List.of(KeyCode.SPACE, KeyCode.ENTER)) {
            robot.type(KeyCode.H);
            waitFor("#hurts-dialog");
            assertThat(robot.lookup("#hurts-severe").queryButton().getText()).contains("(A)");
            robot.type(carryOn);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#hurts-dialog").tryQuery()).isEmpty();
            assertThat(vm.display().paused().get()).as("a short count first").isTrue();
            assertThat(robot.lookup("#player-paused").queryLabeled().getText())
                    .isEqualTo(I18N.get("player.resumeIn", ResumeCount.SECONDS));
            later(ResumeCount.SECONDS * 1000L + 100);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !vm.display().paused().get());
        }
        robot.clickOn("#player-hurts");
        waitFor("#hurts-dialog");
        robot.type(KeyCode.A);
        waitFor("#player-safety-advice");
        assertThat(robot.lookup("#player-safety-advice #safety-tier-emergency").tryQuery()).as("go now").isPresent();
        assertThat(robot.lookup("#player-safety-advice #safety-tier-soon").tryQuery()).as("see a doctor soon").isPresent();
        assertThat(vm.status()).isEqualTo(SessionRecorder.Status.STOPPED);
        // the advice is read first: the keys that carry on everywhere else do not close it
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#player-safety-advice").tryQuery()).as("still there").isPresent();
        robot.type(KeyCode.TAB).type(KeyCode.ENTER);
        Slider after = (Slider) waitFor("#pain-after");
        assertThat(after.getValue()).isNaN();
        later(700);
        robot.type(KeyCode.ENTER);
        assertThat(vm.stageProperty().get()).isEqualTo(PlayerStage.PAIN_AFTER);
        robot.clickOn("#pain-after-skip");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.stageProperty().get() == PlayerStage.CLOSED);
        assertThat(painGiven[1]).as("skipped: not given").isNull();
    }

    @Test
    void enterOnTheFocusedItHurtsButtonOpensItsPanelAndCarriesOnNothingElse() throws Exception {
        startRunning();
        robot.interact(() -> robot.lookup("#player-hurts").queryButton().requestFocus());
        robot.type(KeyCode.ENTER);
        waitFor("#hurts-dialog");
        assertThat(vm.status()).as("the session is not ended by it").isNotEqualTo(SessionRecorder.Status.STOPPED);
    }

    @Test
    void theDrawnFigureFollowsThePhaseAndTheNoteIsOnScreen() throws Exception {
        startRunning();
        FigureView figure = (FigureView) waitFor("#player-figure");
        assertThat(robot.lookup("#player-note").queryLabeled().getText()).isEqualTo("Small and slow.");
        Pose start = vm.display().animation().get().keyPoses().get(0).pose();
        assertThat(figure.pose().angle(Joint.HIP_L)).isCloseTo(start.angle(Joint.HIP_L),
                Offset.offset(0.01));
        later(3_500);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.display().phaseText().get().equals("Hold"));
        WaitForAsyncUtils.waitForFxEvents();
        Pose held = vm.display().animation().get().keyStill();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Math.abs(figure.pose().angle(Joint.HIP_L)
                - held.angle(Joint.HIP_L)) < 0.01);
        assertThat(robot.lookup("#player-guidance").queryLabeled().getText()).isNotEmpty();
    }

    /** Where the pain screen's parts are, top to bottom, in the window. */
    private List<Double> places() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> List.of("#pain-before-0", "#pain-before", "#pain-before-value",
                "#pain-before-hint", ".pain-keys", "#pain-before-ok").stream()
                .map(q -> robot.lookup(q).<Node>query())
                .map(n -> Math.rint(n.localToScene(n.getLayoutBounds()).getMinY())).toList()).get();
    }

    private Node waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        return robot.lookup(query).query();
    }
}
