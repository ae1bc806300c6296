package org.limber.ui;

import org.limber.storage.SqlHistoryFigures;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.tk.Toolkit;
import com.sun.scenario.animation.AbstractPrimaryTimer;
import de.sandec.jmemorybuddy.JMemoryBuddy;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.library.CatalogueLoader;
import org.limber.library.Dosage;
import org.limber.library.DosageWords;
import org.limber.library.Sides;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.Cues;
import org.limber.session.PhaseWords;
import org.limber.session.TimeSource;
import org.limber.storage.Database;
import org.limber.storage.SqlHistoryStore;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.storage.SqlSessionRecorder;
import org.limber.ui.common.FileActions;
import org.limber.ui.common.FxDialogService;
import org.limber.ui.history.HistoryPage;
import org.limber.ui.history.HistoryViewModel;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.player.PlayerView;
import org.limber.ui.player.SessionViewModel;
import org.limber.ui.routines.RoutineActions;
import org.limber.ui.routines.RoutineBuilderViewModel;
import org.limber.ui.routines.RoutinesPage;
import org.limber.ui.routines.StepEditorViewModel;
import org.limber.ui.routines.UnsavedGuard;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens and closes the player, the routine builder and the history page 50 times each: every
 * closed view and view-model can be collected, and no animation is left running.
 */
class LeakTest {

    static final int TIMES = 50;
    static Database db;
    static Stage stage;
    static final Messages I18N = new Messages(Locale.ENGLISH);
    static final BackgroundExecutor NOW = BackgroundExecutor.sameThread();
    static ExercisesModel exercises;
    static final Routine ROUTINE = new Routine("r1", "Short", "", List.of(
            new Step("knee-to-chest", new Dosage(1, 1, 3, 0, 2, Sides.LEFT_RIGHT, 1, 1), null, "")));

    @BeforeAll
    static void open(@TempDir Path dir) throws Exception {
        db = Database.open(dir);
        new SqlRoutineStore(db, Clock.systemUTC()).save("me", ROUTINE, List.of());
        FxToolkit.registerPrimaryStage();
        // a stage of our own: TestFX records the last events fired on its primary stage, and
        // those events would keep their target nodes reachable
        stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage own = new Stage();
            own.setScene(new Scene(new Pane(), 1200, 800));
            own.show();
            return own;
        }).get();
        exercises = new ExercisesModel(() -> new CatalogueLoader().loadBuiltIn(), NOW);
        WaitForAsyncUtils.asyncFx(exercises::load).get();
    }

    @AfterAll
    static void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get();
        FxToolkit.cleanupStages();
        db.close();
    }

    @Test
    void thePlayerLeavesNothingBehind() throws Exception {
        openAndClose(() -> {
            SessionViewModel vm = new SessionViewModel(ROUTINE, new SessionViewModel.Services(exercises,
                    TimeSource.system(Clock.systemUTC()), Clock.systemUTC(), new SqlSessionRecorder(db), NOW,
                    Cues.silent(), new PhaseWords(I18N), "me", "s" + System.nanoTime(), List.of()));
            PlayerView[] view = new PlayerView[1];
            view[0] = new PlayerView(vm, I18N, () -> view[0].dispose());
            show(view[0].root());
            vm.begin(3);
            vm.tick();
            vm.skip();
            vm.tick();
            return new Object[] {vm, view[0]};
        }, made -> {
            ((SessionViewModel) made[0]).stop();
            ((PlayerView) made[1]).dispose();
        });
    }

    @Test
    void theRoutineBuilderLeavesNothingBehind() throws Exception {
        openAndClose(() -> {
            RoutineBuilderViewModel vm = new RoutineBuilderViewModel(new SqlRoutineStore(db, Clock.systemUTC()),
                    NOW, exercises, () -> "me", () -> "id" + System.nanoTime(), List::of);
            vm.load();
            Node page = RoutinesPage.create(vm, new StepEditorViewModel(vm, new DosageWords(I18N)), I18N, new NoActions(),
                    new UnsavedGuard(vm, I18N, () -> stage));
            show((Parent) page);
            vm.newRoutine("Leak check");
            vm.addStep(exercises.exercises().get(0));
            return new Object[] {vm, page};
        }, made -> { });
    }

    @Test
    void theHistoryPageLeavesNothingBehind() throws Exception {
        openAndClose(() -> {
            HistoryViewModel vm = new HistoryViewModel(new SqlHistoryStore(db), new SqlHistoryFigures(db),
                    new SqlPlanStore(db, Clock.systemUTC()),
                    NOW, Clock.systemUTC(), () -> "me");
            Node page = HistoryPage.create(vm, I18N, new FileActions(new FxDialogService(), NOW, I18N, status -> { }), owner -> { });
            show((Parent) page);
            vm.load();
            return new Object[] {vm, page};
        }, made -> { });
    }

    /**
     * {@code TIMES} times: opens (on the FX thread) a view and its view-model, lets a moment
     * pass, closes them and takes the view off the stage; then every one of them must be
     * collectable and no animation may be left running.
     */
    private static void openAndClose(Callable<Object[]> open,
            Consumer<Object[]> close) throws Exception {
        JMemoryBuddy.memoryTest(checker -> {
            for (int i = 0; i < TIMES; i++) {
                Object[] made = fx(open);
                WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS);
                fx(() -> {
                    close.accept(made);
                    clear();
                    return null;
                });
                for (int k = 0; k < made.length; k++) {
                    checker.assertCollectable(made[k]);
                    made[k] = null;
                }
            }
        });
        assertNoAnimationRunning();
    }

    private static void show(Parent root) {
        stage.getScene().setRoot(root);
        root.applyCss();
        root.layout();
    }

    private static void clear() {
        stage.getScene().setRoot(new Pane());
    }

    private static <T> T fx(Callable<T> work) {
        try {
            T result = WaitForAsyncUtils.asyncFx(work).get();
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The toolkit's pulse timer: Timelines and transitions are its receivers, AnimationTimers its timers. */
    private static void assertNoAnimationRunning() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Object timer = Toolkit.getToolkit().getPrimaryTimer();
        Class<?> type = AbstractPrimaryTimer.class;
        Field receivers = type.getDeclaredField("receiversLength");
        Field timers = type.getDeclaredField("animationTimersLength");
        receivers.setAccessible(true);
        timers.setAccessible(true);
        Field receiverArray = type.getDeclaredField("receivers");
        Field timerArray = type.getDeclaredField("animationTimers");
        receiverArray.setAccessible(true);
        timerArray.setAccessible(true);
        String running = WaitForAsyncUtils.asyncFx(() -> describe((Object[]) receiverArray.get(timer), receivers.getInt(timer))
                + " / " + describe((Object[]) timerArray.get(timer), timers.getInt(timer))).get();
        assertThat(running).as("animations and AnimationTimers still running").isEqualTo(" / ");
    }

    private static String describe(Object[] items, int length) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            Object item = items[i];
            out.append(item.getClass().getName());
            for (Field f : item.getClass().getDeclaredFields()) {
                if (f.getName().startsWith("this$") || f.getName().equals("animation")) {
                    f.setAccessible(true);
                    Object outer = f.get(item);
                    out.append("<").append(outer == null ? "null" : outer.getClass().getName());
                    if (outer instanceof Timeline a) {
                        out.append(" ").append(a.getStatus()).append(" cycles=").append(a.getCycleCount())
                                .append(" frames=").append(a.getKeyFrames().stream().map(k -> k.getTime().toString()).toList());
                    }
                    out.append(">");
                }
            }
            out.append(' ');
        }
        return out.toString().strip();
    }

    /** The builder's outward actions, unused here. */
    private static final class NoActions implements RoutineActions {
        @Override
        public void start(Routine routine) {
        }

        @Override
        public void exportRoutine(Routine routine, Window owner) {
        }

        @Override
        public void importRoutine(Window owner) {
        }

        @Override
        public void handout(Routine routine, Window owner) {
        }
    }
}
