package org.limber.ui.player;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.library.Caution;
import org.limber.library.Cautions;
import org.limber.library.Exercise;
import org.limber.library.figure.Animation;
import org.limber.routine.Durations;
import org.limber.routine.Routine;
import org.limber.session.ClockSnapshot;
import org.limber.session.Cues;
import org.limber.session.Phase;
import org.limber.session.PhaseKind;
import org.limber.session.PhaseWords;
import org.limber.session.SessionClock;
import org.limber.session.SessionListener;
import org.limber.session.SessionRecorder;
import org.limber.session.Side;
import org.limber.session.TimeSource;
import org.limber.session.Timeline;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.Failure;

/**
 * The session player's state. The view calls {@link #tick()} every frame; the clock decides
 * the phase by deadlines, this class turns that into text, progress and cues, and records
 * the session step by step in the background.
 */
public final class SessionViewModel implements SessionListener {

    /** What the player needs from the rest of the app. */
    public record Services(ExercisesModel exercises, TimeSource time, Clock wall, SessionRecorder recorder,
            BackgroundExecutor executor, Cues cues, PhaseWords words, String profileId, String sessionId,
            Collection<String> conditions) {
    }

    private final Routine routine;
    private final Timeline timeline;
    private final Services s;
    private Integer painBefore;
    private final ObjectProperty<PlayerStage> stage = new SimpleObjectProperty<>(PlayerStage.PAIN_BEFORE);
    private final StringProperty exerciseName = new SimpleStringProperty("");
    private final StringProperty phaseText = new SimpleStringProperty("");
    private final StringProperty roundText = new SimpleStringProperty("");
    private final StringProperty countdown = new SimpleStringProperty("0:00");
    private final StringProperty nextUp = new SimpleStringProperty("");
    private final StringProperty caption = new SimpleStringProperty("");
    private final DoubleProperty phaseFraction = new SimpleDoubleProperty();
    private final DoubleProperty routineFraction = new SimpleDoubleProperty();
    private final DoubleProperty breath = new SimpleDoubleProperty();
    private final BooleanProperty breathing = new SimpleBooleanProperty();
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty untimed = new SimpleBooleanProperty();
    private final ObjectProperty<Animation> animation = new SimpleObjectProperty<>();
    private final BooleanProperty mirrored = new SimpleBooleanProperty();
    private final ObjectProperty<List<String>> instructions = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Failure> error = new SimpleObjectProperty<>();
    private final ObjectProperty<List<Caution>> cautions = new SimpleObjectProperty<>(List.of());
    private final Set<Integer> hurtSteps = new HashSet<>();
    private SessionClock clock;
    private SessionRecorder.Status status = SessionRecorder.Status.RUNNING;
    private final Map<Integer, Long> stepMillis = new HashMap<>();
    private long doneMillis;
    private Side lastSide = Side.NONE;
    private int lastStep = -1;

    public SessionViewModel(Routine routine, Services services) {
        this.routine = routine;
        this.s = services;
        this.timeline = Timeline.of(routine, services.exercises()::nameOf);
        countdown.set(Durations.clock(timeline.totalMillis()));
        exerciseName.set(routine.name());
    }

    /** The pain given before the session, or null when it was skipped (or not yet given). */
    public Integer painBefore() {
        return painBefore;
    }

    /** Pain before (0-10), or null when skipped; the session starts and is recorded at once. */
    public void begin(Integer painBefore) {
        if (stage.get() != PlayerStage.PAIN_BEFORE) {
            return;
        }
        this.painBefore = painBefore;
        long now = s.wall().millis();
        String date = LocalDate.now(s.wall()).toString();
        SessionRecorder.SessionStart start = new SessionRecorder.SessionStart(s.sessionId(), s.profileId(),
                routine.id(), routine.name(), now, date, (int) (timeline.totalMillis() / 1000), painBefore);
        s.executor().run(() -> s.recorder().begin(start), e -> error.set(Failure.of("player.saveFailed", e)));
        s.cues().prepare();
        stage.set(PlayerStage.RUNNING);
        clock = new SessionClock(timeline, s.time(), this);
        clock.start();
        tick();
    }

    /** Reads the clock; called once a frame while the session runs. */
    public void tick() {
        if (clock == null || stage.get() != PlayerStage.RUNNING) {
            return;
        }
        ClockSnapshot snap = clock.update();
        if (stage.get() != PlayerStage.RUNNING) {
            return;
        }
        Phase phase = timeline.phase(snap.index());
        countdown.set(phase.untimed() ? "" : Durations.clock(snap.remainingMillis()));
        phaseFraction.set(phase.untimed() ? 0 : snap.phaseFraction());
        routineFraction.set(snap.routineFraction());
        paused.set(snap.paused());
        breath.set(switch (phase.kind()) {
            case INHALE -> snap.phaseFraction();
            case HOLD_IN -> 1;
            case EXHALE -> 1 - snap.phaseFraction();
            default -> 0;
        });
    }

    public void togglePause() {
        if (clock == null || stage.get() != PlayerStage.RUNNING) {
            return;
        }
        if (clock.isPaused()) {
            clock.resume();
        } else {
            clock.pause();
        }
        tick();
    }

    public void skip() {
        act(() -> clock.skip());
    }

    /** "Press when done" phases: the movements are done. */
    public void done() {
        act(() -> clock.done());
    }

    public void previous() {
        act(() -> clock.previous());
    }

    public void extend() {
        act(() -> clock.extend(10));
    }

    /** "It hurts": pause now; the view then offers to skip this exercise or stop. */
    public void hurts() {
        if (clock != null && stage.get() == PlayerStage.RUNNING) {
            hurtSteps.add(timeline.phase(clock.index()).step());
            clock.pause();
            tick();
        }
    }

    public void skipExercise() {
        act(() -> {
            clock.skipStep();
            if (clock.isPaused()) {
                clock.resume();
            }
        });
    }

    /** Ends the session early; it is saved as stopped with what was done. */
    public void stop() {
        if (clock != null && stage.get() == PlayerStage.RUNNING) {
            status = SessionRecorder.Status.STOPPED;
            clock.pause();
            clock.stop();
        }
    }

    /** Pain after (or null) and the end of the session. */
    public void save(Integer painAfter, Runnable onSaved) {
        save(painAfter, "", onSaved);
    }

    /** Pain after (or null), a note in the person's own words, and the end of the session. */
    public void save(Integer painAfter, String notes, Runnable onSaved) {
        if (stage.get() != PlayerStage.PAIN_AFTER) {
            return;
        }
        stage.set(PlayerStage.CLOSED);
        long ended = s.wall().millis();
        SessionRecorder.Status finalStatus = status;
        int seconds = (int) (doneMillis / 1000);
        s.executor().submit(() -> {
            s.recorder().finish(s.sessionId(), finalStatus, ended, seconds, painAfter, notes);
            return null;
        }, ok -> onSaved.run(), e -> {
            error.set(Failure.of("player.saveFailed", e));
            stage.set(PlayerStage.PAIN_AFTER);
        });
    }

    private void act(Runnable action) {
        if (clock != null && stage.get() == PlayerStage.RUNNING) {
            action.run();
            tick();
        }
    }

    @Override
    public void phaseStarted(int index, Phase phase) {
        boolean newStep = phase.step() != lastStep;
        boolean firstOfSide = newStep || phase.side() != lastSide;
        lastStep = phase.step();
        lastSide = phase.side() == Side.NONE ? lastSide : phase.side();
        Exercise exercise = s.exercises().find(phase.exerciseId()).orElse(null);
        exerciseName.set(phase.exerciseName());
        phaseText.set(s.words().label(phase));
        roundText.set(s.words().round(phase));
        untimed.set(phase.untimed());
        breathing.set(phase.kind().breathing());
        animation.set(exercise == null ? null : exercise.animation());
        mirrored.set(phase.side() == Side.RIGHT);
        instructions.set(exercise == null ? List.of() : exercise.instructions());
        cautions.set(Cautions.matching(exercise, s.conditions()));
        nextUp.set(nextExercise(index));
        String words = s.words().cue(phase, firstOfSide);
        if (phase.kind() == PhaseKind.REST && !nextUp.get().isEmpty() && isLastRestOfStep(index)) {
            words = words + " " + s.words().next(timeline.phase(index + 1).exerciseName());
        }
        caption.set(words);
        s.cues().phase(words);
    }

    @Override
    public void countdown(int index, int secondsLeft) {
        s.cues().countdown(secondsLeft);
    }

    @Override
    public void stepFinished(int step, long millisSpent, boolean workDone) {
        stepMillis.put(step, millisSpent);
        doneMillis = stepMillis.values().stream().mapToLong(Long::longValue).sum();
        SessionRecorder.StepResult result = hurtSteps.contains(step) ? SessionRecorder.StepResult.HURT
                : workDone ? SessionRecorder.StepResult.DONE : SessionRecorder.StepResult.SKIPPED;
        String id = routine.steps().get(step).exerciseId();
        SessionRecorder.StepRecord record = new SessionRecorder.StepRecord(step, id, s.exercises().nameOf(id),
                (int) (timeline.stepMillis(step) / 1000), (int) (millisSpent / 1000), result, s.wall().millis());
        s.executor().run(() -> s.recorder().step(s.sessionId(), record),
                e -> error.set(Failure.of("player.saveFailed", e)));
    }

    @Override
    public void finished() {
        if (status == SessionRecorder.Status.RUNNING) {
            status = SessionRecorder.Status.COMPLETED;
            caption.set(s.words().finished());
            s.cues().finished(caption.get());
        }
        routineFraction.set(1);
        stage.set(PlayerStage.PAIN_AFTER);
    }

    @Override
    public void suspended() {
        paused.set(true);
    }

    private String nextExercise(int index) {
        int step = timeline.phase(index).step();
        for (int i = index + 1; i < timeline.size(); i++) {
            if (timeline.phase(i).step() != step) {
                return timeline.phase(i).exerciseName();
            }
        }
        return "";
    }

    private boolean isLastRestOfStep(int index) {
        return index + 1 < timeline.size() && timeline.phase(index + 1).step() != timeline.phase(index).step();
    }

    public Timeline timeline() {
        return timeline;
    }

    public Routine routine() {
        return routine;
    }

    /** Time actually spent in the steps so far (pauses left out). */
    public long doneMillis() {
        return doneMillis;
    }

    public SessionRecorder.Status status() {
        return status;
    }

    public ObjectProperty<PlayerStage> stageProperty() { return stage; }
    public StringProperty exerciseNameProperty() { return exerciseName; }
    public StringProperty phaseTextProperty() { return phaseText; }
    public StringProperty roundTextProperty() { return roundText; }
    public StringProperty countdownProperty() { return countdown; }
    public StringProperty nextUpProperty() { return nextUp; }
    public StringProperty captionProperty() { return caption; }
    public DoubleProperty phaseFractionProperty() { return phaseFraction; }
    public DoubleProperty routineFractionProperty() { return routineFraction; }
    public DoubleProperty breathProperty() { return breath; }
    public BooleanProperty breathingProperty() { return breathing; }
    public BooleanProperty pausedProperty() { return paused; }
    public BooleanProperty untimedProperty() { return untimed; }
    public ObjectProperty<Animation> animationProperty() { return animation; }
    public BooleanProperty mirroredProperty() { return mirrored; }
    public ObjectProperty<List<String>> instructionsProperty() { return instructions; }
    public ReadOnlyObjectProperty<Failure> errorProperty() { return error; }
    public ObjectProperty<List<Caution>> cautionsProperty() { return cautions; }
}
