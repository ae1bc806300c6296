package org.limber.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.i18n.Messages;
import org.limber.library.BreathingPattern;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.library.figure.Animation;
import org.limber.library.figure.Joint;
import org.limber.library.figure.Pose;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.CueSupport;
import org.limber.session.Cues;
import org.limber.session.PhaseWords;
import org.limber.session.SessionRecorder;
import org.limber.session.TimeSource;
import org.limber.ui.common.ExercisesModel;

/** The player's view-model on a hand-moved clock: what is shown, said and recorded. */
class SessionViewModelTest {

    static Catalogue catalogue;
    static final Messages I18N = new Messages(Locale.ENGLISH);

    final long[] nanos = {1_000_000_000L};
    final TimeSource time = new TimeSource() {
        @Override
        public long monotonicNanos() {
            return nanos[0];
        }

        @Override
        public long wallMillis() {
            return nanos[0] / 1_000_000L;
        }
    };
    final List<String> said = new ArrayList<>();
    final List<Long> tickDelays = new ArrayList<>();
    final List<SessionRecorder.StepRecord> steps = new ArrayList<>();
    final int[] rescreens = {0};
    CueSupport support = CueSupport.ALL;
    ExercisesModel exercises;

    @BeforeAll
    static void load() throws Exception {
        catalogue = new CatalogueLoader().loadBuiltIn();
    }

    @BeforeEach
    void setUp() {
        exercises = new ExercisesModel(() -> catalogue, BackgroundExecutor.sameThread());
        exercises.load();
    }

    SessionViewModel player(Step... routineSteps) {
        Cues cues = new Cues() {
            @Override
            public CueSupport prepare() {
                return support;
            }

            @Override
            public void phase(String words) {
                said.add(words);
            }

            @Override
            public void countdown(int secondsLeft, long inMillis) {
                tickDelays.add(inMillis);
            }

            @Override
            public void finished(String words) {
                said.add(words);
            }

            @Override
            public void close() {
            }
        };
        SessionRecorder recorder = new SessionRecorder() {
            @Override
            public String begin(SessionStart start) {
                return start.id();
            }

            @Override
            public void step(String sessionId, StepRecord step) {
                steps.add(step);
            }

            @Override
            public void finish(String sessionId, Status status, long ended, int seconds, Integer pain, String notes) {
            }
        };
        Clock wall = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
        return new SessionViewModel(new Routine("r", "Test", "", List.of(routineSteps)), new SessionViewModel.Services(
                exercises, time, wall, recorder, BackgroundExecutor.sameThread(), cues, new PhaseWords(I18N), "me", "s1",
                List.of()), () -> rescreens[0]++);
    }

    void advance(double seconds, SessionViewModel vm) {
        for (int i = 0; i < Math.round(seconds * 10); i++) {
            nanos[0] += 100_000_000L;
            vm.tick();
        }
    }

    static Step knee(String note) {
        return new Step("knee-to-chest", new Dosage(1, 2, 10, 0, 5, Sides.NONE, 0, 4), null, note);
    }

    static Step breaths() {
        return new Step("deep-breathing", new Dosage(1, 1, 0, 0, 0, Sides.NONE, 0, 0),
                new BreathingPattern(2, 0, 2, 0, 6), "");
    }

    @Test
    void skipFromTheSecondOfSixBreathsLandsOnTheNextExercise() {
        SessionViewModel vm = player(breaths(), knee(""));
        vm.begin(4);
        advance(4.5, vm);
        assertThat(vm.display().roundText().get()).isEqualTo("2 of 6");
        vm.skip();
        assertThat(vm.display().exerciseName().get()).isEqualTo(exercises.nameOf("knee-to-chest"));
        assertThat(vm.display().position().get()).startsWith("Exercise 2 of 2");
        assertThat(steps).extracting(SessionRecorder.StepRecord::position).containsExactly(0);
    }

    @Test
    void nextPartMovesOnePhaseOnly() {
        SessionViewModel vm = player(breaths(), knee(""));
        vm.begin(null);
        vm.nextPhase();
        assertThat(vm.display().phaseText().get()).isEqualTo("Breathe out");
        assertThat(vm.display().exerciseName().get()).isEqualTo(exercises.nameOf("deep-breathing"));
    }

    @Test
    void theFigureHoldsTheKeyPoseThroughAHoldAndIsBackAtTheStartDuringRest() {
        SessionViewModel vm = player(knee(""));
        vm.begin(3);
        Animation animation = vm.display().animation().get();
        Pose start = animation.keyPoses().get(0).pose();
        assertThat(vm.display().phaseText().get()).isEqualTo("Get ready");
        assertSamePose(vm.display().pose().get(), start);
        advance(4.2, vm);
        assertThat(vm.display().phaseText().get()).isEqualTo("Hold");
        for (int i = 0; i < 9; i++) {
            assertSamePose(vm.display().pose().get(), animation.keyStill());
            advance(1, vm);
        }
        advance(1, vm);
        assertThat(vm.display().phaseText().get()).isEqualTo("Rest");
        assertSamePose(vm.display().pose().get(), start);
        assertThat(angle(animation.keyStill(), Joint.HIP_L) - angle(start, Joint.HIP_L)).as("the hold differs from the start")
                .isNotCloseTo(0, Offset.offset(10.0));
    }

    @Test
    void timedMovementsMakeOneMovementPerRepetitionAndAPausedFigureIsStill() {
        SessionViewModel vm = player(new Step("pelvic-tilt", new Dosage(1, 4, 0, 4, 0, Sides.NONE, 0, 0), null, ""));
        vm.begin(null);
        Animation animation = vm.display().animation().get();
        Pose start = animation.keyPoses().get(0).pose();
        List<Pose> atRepStarts = new ArrayList<>();
        for (int rep = 0; rep < 4; rep++) {
            atRepStarts.add(vm.display().pose().get());
            advance(2, vm);
            assertThat(vm.display().pose().get()).as("mid-movement").isNotEqualTo(start);
            advance(2, vm);
        }
        atRepStarts.forEach(p -> assertSamePose(p, start));
        SessionViewModel again = player(new Step("pelvic-tilt", new Dosage(1, 4, 0, 4, 0, Sides.NONE, 0, 0), null, ""));
        again.begin(null);
        advance(1.3, again);
        again.togglePause();
        Pose frozen = again.display().pose().get();
        advance(3, again);
        assertThat(again.display().pose().get()).isEqualTo(frozen);
    }

    @Test
    void theStepsNoteIsShownThroughTheStepAndSpokenOnceAtGetReady() {
        SessionViewModel vm = player(knee("A tiny rock is plenty."), breaths());
        vm.begin(2);
        assertThat(vm.display().note().get()).isEqualTo("A tiny rock is plenty.");
        assertThat(said.get(0)).contains("Get ready").contains("A tiny rock is plenty.");
        assertThat(vm.display().caption().get()).contains("A tiny rock is plenty.");
        advance(4.2, vm);
        assertThat(vm.display().note().get()).isEqualTo("A tiny rock is plenty.");
        advance(30, vm);
        assertThat(said.stream().filter(w -> w.contains("tiny rock"))).hasSize(1);
        assertThat(vm.display().exerciseName().get()).isEqualTo(exercises.nameOf("deep-breathing"));
        assertThat(vm.display().note().get()).isEmpty();
    }

    @Test
    void whatItShouldFeelLikeAndWhenToStopShowDuringTheFirstHoldAndInHowTo() {
        SessionViewModel vm = player(knee(""));
        vm.begin(2);
        String stopIf = exercises.find("knee-to-chest").orElseThrow().stopIf();
        assertThat(vm.display().guidance().get()).isEmpty();
        assertThat(vm.display().howTo().get()).contains(stopIf.strip());
        advance(4.2, vm);
        assertThat(vm.display().guidance().get()).contains(stopIf.strip()).contains("What you should feel");
        advance(11, vm);
        assertThat(vm.display().phaseText().get()).isEqualTo("Rest");
        assertThat(vm.display().guidance().get()).isEmpty();
        advance(5, vm);
        assertThat(vm.display().phaseText().get()).isEqualTo("Hold");
        assertThat(vm.display().guidance().get()).as("only the first hold").isEmpty();
    }

    @Test
    void theHeaderCountsExercisesAndTheTimeLeft() {
        SessionViewModel vm = player(knee(""), breaths());
        vm.begin(null);
        assertThat(vm.display().position().get()).isEqualTo("Exercise 1 of 2 \u00b7 0:53 left");
        advance(10, vm);
        assertThat(vm.display().position().get()).isEqualTo("Exercise 1 of 2 \u00b7 0:43 left");
    }

    @Test
    void ticksComeEarlyWithTheTimeToTheirSecond() {
        SessionViewModel vm = player(knee(""));
        vm.begin(null);
        advance(4.2 + 6.9, vm);
        assertThat(tickDelays).hasSize(1);
        assertThat(tickDelays.get(0)).isBetween(0L, 50L);
    }

    @Test
    void noSoundIsSaidOnceAtTheStartOnScreen() {
        support = new CueSupport(true, false, true, false);
        SessionViewModel vm = player(knee(""));
        vm.begin(null);
        assertThat(vm.display().soundProblem().get()).isEqualTo(I18N.get("player.sound.none"));
        advance(4.2, vm);
        assertThat(vm.display().soundProblem().get()).isEmpty();
        support = new CueSupport(true, true, true, false);
        assertThat(support.problemKey()).isEqualTo("player.sound.noSpeech");
        assertThat(new CueSupport(true, true, false, false).problemKey()).isNull();
    }

    @Test
    void carryingOnAfterItHurtsCountsFiveSecondsBeforeTheSessionRunsAgain() {
        SessionViewModel vm = player(knee(""), breaths());
        vm.begin(null);
        advance(6, vm);
        String left = vm.display().countdown().get();
        vm.hurts();
        vm.carryOnAfterHurt();
        assertThat(said).last().isEqualTo(I18N.get("cue.resume"));
        assertThat(vm.display().resumeIn().get()).isEqualTo(I18N.get("player.resumeIn", 5));
        advance(4.5, vm);
        assertThat(vm.display().paused().get()).as("still getting ready").isTrue();
        assertThat(vm.display().countdown().get()).as("the hold waits").isEqualTo(left);
        assertThat(vm.display().resumeIn().get()).isEqualTo(I18N.get("player.resumeIn", 1));
        advance(0.6, vm);
        assertThat(vm.display().paused().get()).isFalse();
        assertThat(vm.display().resumeIn().get()).isEmpty();
    }

    @Test
    void spaceDuringTheGetReadyCountCarriesOnAtOnce() {
        SessionViewModel vm = player(knee(""), breaths());
        vm.begin(null);
        advance(6, vm);
        vm.hurts();
        vm.carryOnAfterHurt();
        vm.togglePause();
        assertThat(vm.display().paused().get()).isFalse();
        assertThat(vm.display().resumeIn().get()).isEmpty();
        vm.togglePause();
        advance(6, vm);
        assertThat(vm.display().paused().get()).as("a pause by hand is not ended by the old count").isTrue();
    }

    @Test
    void itHurtsPausesMarksTheExerciseAndAsksTheRedFlagQuestionsAgainOnceSaved() {
        SessionViewModel vm = player(knee(""), breaths());
        vm.begin(5);
        advance(5, vm);
        vm.hurts();
        assertThat(vm.display().paused().get()).isTrue();
        vm.skipExercise();
        assertThat(vm.display().paused().get()).isFalse();
        assertThat(steps).extracting(SessionRecorder.StepRecord::result).containsExactly(SessionRecorder.StepResult.HURT);
        vm.stop();
        assertThat(rescreens[0]).isZero();
        vm.save(7, "", () -> { });
        assertThat(rescreens[0]).isEqualTo(1);
    }

    @Test
    void painThatRoseClearlyAfterTheSessionAsksTheRedFlagQuestionsAgainAndAMildRiseDoesNot() {
        SessionViewModel worse = player(knee(""), breaths());
        worse.begin(6);
        advance(6, worse);
        worse.stop();
        worse.save(10, "", () -> { });
        assertThat(rescreens[0]).as("6 before, 10 after").isEqualTo(1);

        SessionViewModel mild = player(knee(""), breaths());
        mild.begin(4);
        advance(6, mild);
        mild.stop();
        mild.save(5, "", () -> { });
        assertThat(rescreens[0]).as("4 before, 5 after").isEqualTo(1);
    }

    @Test
    void painIsIgnoredForAMomentAfterTheScreenAppearsAndNothingIsChosenBeforeThat() {
        PainChoice choice = new PainChoice(time);
        choice.shown();
        assertThat(choice.value()).isNull();
        nanos[0] += 599_000_000L;
        assertThat(choice.choose(7)).isFalse();
        assertThat(choice.value()).isNull();
        nanos[0] += 2_000_000L;
        assertThat(choice.choose(7)).isTrue();
        assertThat(choice.value()).isEqualTo(7);
        assertThat(choice.choose(11)).isFalse();
        assertThat(choice.value()).isEqualTo(7);
    }

    private static void assertSamePose(Pose actual, Pose expected) {
        for (Joint joint : Joint.values()) {
            assertThat(angle(actual, joint)).as(joint.name()).isCloseTo(angle(expected, joint),
                    Offset.offset(0.01));
        }
    }

    private static double angle(Pose pose, Joint joint) {
        return pose.angle(joint);
    }
}
