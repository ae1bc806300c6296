package org.limber.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.library.BreathingPattern;
import org.limber.library.CatalogueLoader;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.Cues;
import org.limber.session.PhaseWords;
import org.limber.session.SessionRecorder;
import org.limber.session.TimeSource;
import org.limber.settings.Settings;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.player.PlayerView;
import org.limber.ui.player.SessionViewModel;
import org.limber.ui.shell.Themes;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The text-fit audit on every player screen and panel: in all three themes, at all four text
 * sizes, in English and German, in the smallest and a full-HD window, no label or button shows
 * cut text, the countdown keeps a fifth of the window height, the figure or pacer a quarter,
 * and the controls stay inside the window.
 */
class PlayerFitTest {

    static ExercisesModel exercises;
    static Stage stage;
    static final Routine ROUTINE = new Routine("fit", "Fit", "", List.of(
            new Step("knee-to-chest", new Dosage(1, 2, 20, 0, 5, Sides.LEFT_RIGHT, 3, 4), null,
                    "A tiny rock is plenty; stop if the pain sharpens."),
            new Step("deep-breathing", new Dosage(1, 1, 0, 0, 0, Sides.NONE, 0, 0), new BreathingPattern(4, 0, 6, 0, 6), ""),
            new Step("pelvic-tilt", new Dosage(1, 3, 0, 0, 10, Sides.NONE, 0, 0), null, "")));

    final long[] nanos = {1_000_000_000L};

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

    @AfterAll
    static void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
    }

    @Test
    void everyPlayerScreenFitsInEveryThemeTextSizeLanguageAndWindow() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int[] window : new int[][] {{1024, 600}, {1920, 1080}}) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                for (Settings.Theme theme : Settings.Theme.values()) {
                    for (Settings.TextSize size : Settings.TextSize.values()) {
                        String where = window[0] + "x" + window[1] + " " + locale + " " + theme + " " + size;
                        WaitForAsyncUtils.asyncFx(() -> walk(window, locale, theme, size, where, problems)).get();
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theAuditFindsTextCutWithAnEllipsisAndControlsOffScreen() throws Exception {
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
            Label cut = new Label("A caution far too long for its room");
            cut.setMaxWidth(60);
            Button off = new Button("Stop");
            off.setLayoutY(900);
            TextField note = new TextField();
            note.setPromptText("A hint far too long for the narrow field it sits in");
            note.setPrefColumnCount(5);
            Pane pane = new Pane(cut, off, note);
            stage.setScene(new Scene(pane, 400, 300));
            pane.applyCss();
            pane.layout();
            List<String> all = new ArrayList<>(SceneAudit.truncatedText(pane));
            all.addAll(SceneAudit.outsideWindow(pane, ".button"));
            all.addAll(SceneAudit.cutPromptText(pane));
            return all;
        }).get();
        assertThat(found).hasSize(3);
        assertThat(found.get(0)).contains("drawn as");
        assertThat(found.get(2)).contains("prompt");
    }

    private void walk(int[] window, Locale locale, Settings.Theme theme, Settings.TextSize size, String where,
            List<String> problems) {
        Messages i18n = new Messages(locale);
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
        SessionViewModel vm = new SessionViewModel(ROUTINE, new SessionViewModel.Services(exercises, time,
                Clock.systemUTC(), recorder(), BackgroundExecutor.sameThread(), Cues.silent(), new PhaseWords(i18n), "me",
                "s", List.of("acute-spasm", "pregnancy", "osteoporosis")));
        PlayerView view = new PlayerView(vm, i18n, () -> { });
        Scene scene = new Scene(view.root(), window[0], window[1]);
        Themes.apply(scene, Settings.defaults().withTheme(theme).withTextSize(size));
        stage.setScene(scene);
        Parent root = view.root();
        check(root, where + " PAIN-BEFORE", false, problems);
        vm.begin(5);
        check(root, where + " GET-READY", true, problems);
        later(4_100, vm);
        check(root, where + " HOLD", true, problems);
        key(root, KeyCode.ESCAPE);
        check(root, where + " STOP-PANEL", false, problems);
        key(root, KeyCode.SPACE);
        vm.skip();
        check(root, where + " BREATHING", true, problems);
        vm.skip();
        check(root, where + " PRESS-WHEN-DONE", true, problems);
        key(root, KeyCode.I);
        check(root, where + " HOW-TO", false, problems);
        key(root, KeyCode.SPACE);
        key(root, KeyCode.H);
        check(root, where + " HURTS-PANEL", false, problems);
        // every choice, with what it does, is seen without scrolling: the severe one above all
        for (String id : List.of("#hurts-dialog-body", "#hurts-skip", "#hurts-stop", "#hurts-severe")) {
            wholeInView(root, id, where + " HURTS-PANEL", problems);
        }
        for (String id : List.of("#hurts-skip", "#hurts-stop", "#hurts-severe")) {
            wholeInView(root.lookup(id).getParent(), where + " HURTS-PANEL", problems);
        }
        key(root, KeyCode.getKeyCode(i18n.get("player.hurts.severe.key")));
        check(root, where + " SAFETY-PANEL", false, problems);
        // the advice is read first: only its own button closes it
        ((ButtonBase) root.lookup("#safety-panel-carry-on")).fire();
        check(root, where + " PAIN-AFTER", false, problems);
        stage.setScene(new Scene(new Pane(), 10, 10));
    }

    private void check(Parent root, String where, boolean running, List<String> problems) {
        // a few passes, as a few frames would: sizes that follow other sizes settle
        for (int pass = 0; pass < 4; pass++) {
            root.applyCss();
            root.layout();
        }
        double height = root.getScene().getHeight();
        SceneAudit.truncatedText(root).forEach(p -> problems.add(where + ": " + p));
        SceneAudit.cutPromptText(root).forEach(p -> problems.add(where + ": " + p));
        SceneAudit.outsideWindow(root, ".button").forEach(p -> problems.add(where + ": " + p));
        if (running) {
            Node countdown = root.lookup("#player-countdown");
            double countdownHeight = countdown.getLayoutBounds().getHeight();
            if (countdown.isVisible() && !((Label) countdown).getText().isEmpty()
                    && countdownHeight < height / 5 - 0.5) {
                problems.add(where + ": countdown " + Math.round(countdownHeight) + " px of " + Math.round(height));
            }
            double visual = root.lookup("#player-visual").getLayoutBounds().getHeight();
            if (visual < height / 4 - 0.5) {
                problems.add(where + ": figure/pacer " + Math.round(visual) + " px of " + Math.round(height));
            }
        }
    }

    /** The node lies wholly inside the visible part of the scroll pane it is in (not cut by its edge). */
    private static void wholeInView(Parent root, String id, String where, List<String> problems) {
        wholeInView(root.lookup(id), where, problems);
    }

    private static void wholeInView(Node node, String where, List<String> problems) {
        String id = node.getId() != null ? "#" + node.getId() : "the row of #" + node.lookup(".button").getId();
        Node pane = node.getParent();
        while (!(pane instanceof ScrollPane)) {
            pane = pane.getParent();
        }
        Bounds shown = pane.localToScene(pane.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getMinY() < shown.getMinY() - 0.5 || b.getMaxY() > shown.getMaxY() + 0.5) {
            problems.add(where + ": " + id + " cut by its scroll pane: " + Math.round(b.getMinY()) + "-"
                    + Math.round(b.getMaxY()) + " shown in " + Math.round(shown.getMinY()) + "-" + Math.round(shown.getMaxY()));
        }
    }

    private void later(long millis, SessionViewModel vm) {
        for (long t = 0; t < millis; t += 100) {
            nanos[0] += 100_000_000L;
            vm.tick();
        }
    }

    private static void key(Parent root, KeyCode code) {
        for (EventType<KeyEvent> type : List.of(KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED)) {
            Event.fireEvent(root, new KeyEvent(type, "", "", code, false, false, false, false));
        }
    }

    private static SessionRecorder recorder() {
        return new SessionRecorder() {
            @Override
            public String begin(SessionStart start) {
                return start.id();
            }

            @Override
            public void step(String sessionId, StepRecord step) {
            }

            @Override
            public void finish(String sessionId, Status status, long ended, int seconds, Integer pain, String notes) {
            }
        };
    }
}
