package org.limber.ui.player;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.routine.Durations;
import org.limber.routine.Routine;
import org.limber.safety.PainRise;
import org.limber.safety.SelfCare;
import org.limber.session.ClockSnapshot;
import org.limber.session.CueSupport;
import org.limber.session.Cues;
import org.limber.session.Phase;
import org.limber.session.PhaseWords;
import org.limber.session.SessionClock;
import org.limber.session.SessionListener;
import org.limber.session.SessionRecorder;
import org.limber.session.TimeSource;
import org.limber.session.Timeline;
import org.limber.ui.common.ExercisesModel;
import org.limber.ui.common.Failure;

/**
 * The session player's state and commands. The view calls {@link #tick()} every frame; the clock
 * decides the phase by deadlines, {@link PhaseShow} turns that into what is shown and said, and
 * {@link SessionRecording} writes the session step by step in the background.
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
    private final Runnable rescreen;
    private final PlayerDisplay display = new PlayerDisplay();
    private final PhaseShow show;
    private final SessionRecording recording;
    private final ResumeCount resume;
    private final ObjectProperty<PlayerStage> stage = new SimpleObjectProperty<>(PlayerStage.PAIN_BEFORE);
    private final ObjectProperty<Failure> error = new SimpleObjectProperty<>();
    private Integer painBefore;
    private SessionClock clock;
    private boolean starting;
    private CueSupport support;
    private boolean hurtUsed;

    public SessionViewModel(Routine routine, Services services) {
        this(routine, services, () -> { });
    }

    /** @param rescreen asks the red-flag questions again (the app's job) once a session with "It hurts" is saved */
    public SessionViewModel(Routine routine, Services services, Runnable rescreen) {
        this.routine = routine;
        this.s = services;
        this.rescreen = rescreen;
        this.timeline = Timeline.of(routine, services.exercises()::nameOf);
        this.show = new PhaseShow(routine, timeline, services, display);
        this.resume = new ResumeCount(services.time(), display, services.words());
        this.recording = new SessionRecording(services.recorder(), services.executor(), services.sessionId(),
                e -> error.set(Failure.of("player.saveFailed", e)));
        display.countdown.set(Durations.clock(timeline.totalMillis()));
        display.exerciseName.set(routine.name());
        services.executor().submit(services.cues()::prepare, this::prepared, e -> prepared(CueSupport.ALL));
    }

    /** The pain given before the session, or null when it was skipped (or not yet given). */
    public Integer painBefore() { return painBefore; }

    /** Pain before (0-10) or null; the session is recorded at once, the clock starts once the cues are ready. */
    public void begin(Integer pain) {
        if (stage.get() != PlayerStage.PAIN_BEFORE || starting) {
            return;
        }
        starting = true;
        this.painBefore = pain;
        recording.begin(new SessionRecorder.SessionStart(s.sessionId(), s.profileId(), routine.id(), routine.name(),
                s.wall().millis(), LocalDate.now(s.wall()).toString(), (int) (timeline.totalMillis() / 1000), pain));
        prepared(support);
    }

    /** The line plays silence from the pain screen on, so the first cue is as much on time as every other. */
    private void prepared(CueSupport ready) {
        support = ready;
        if (!starting || ready == null || clock != null) {
            return;
        }
        String problem = ready.problemKey();
        display.soundProblem.set(problem == null ? "" : s.words().text(problem));
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
        resume.frame(clock);
        ClockSnapshot snap = clock.update();
        if (stage.get() == PlayerStage.RUNNING) {
            show.frame(snap);
        }
    }

    public void togglePause() {
        if (running()) {
            resume.cancel();
            if (clock.isPaused()) {
                clock.resume();
            } else {
                clock.pause();
            }
            tick();
        }
    }

    /** Skip: the rest of this exercise (every set, side and breath); the next exercise begins. */
    public void skip() { act(() -> clock.skipStep()); }
    /** Only the current phase: on to the next hold, rest or breath. */
    public void nextPhase() { act(() -> clock.skip()); }
    /** "Press when done" phases: the movement is done; moves on. */
    public void done() { act(() -> clock.done()); }

    public void previous() { act(() -> clock.previous()); }

    public void extend() { act(() -> clock.extend(10)); }

    /** "It hurts": pauses now and marks this exercise; the view then offers what to do. */
    public void hurts() {
        if (running()) {
            hurtUsed = true;
            resume.cancel();
            recording.hurt(timeline.phase(clock.index()).step());
            clock.pause();
            tick();
        }
    }

    /** From "It hurts", carrying on: a short "get ready" count, then the session runs again. */
    public void carryOnAfterHurt() {
        if (running() && clock.isPaused()) {
            s.cues().phase(resume.start());
            tick();
        }
    }

    /** From "It hurts": on to the next exercise, running again. */
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
        if (running()) {
            resume.cancel();
            recording.status(SessionRecorder.Status.STOPPED);
            clock.pause();
            clock.stop();
        }
    }

    /** Pain after (or null), a note in the person's own words, and the end of the session. */
    public void save(Integer painAfter, String notes, Runnable onSaved) {
        if (stage.get() != PlayerStage.PAIN_AFTER) {
            return;
        }
        stage.set(PlayerStage.CLOSED);
        recording.finish(s.wall().millis(), painAfter, notes == null ? "" : notes, () -> {
            onSaved.run();
            if (hurtUsed || PainRise.worrying(painBefore, painAfter)) {
                rescreen.run();
            }
        }, e -> {
            error.set(Failure.of("player.saveFailed", e));
            stage.set(PlayerStage.PAIN_AFTER);
        });
    }

    /** A line on looking after your back for the end of the session: a message key, one a day in turn. */
    public String selfCareKey() { return "selfcare." + SelfCare.forDay(LocalDate.now(s.wall())); }

    private boolean running() { return clock != null && stage.get() == PlayerStage.RUNNING; }

    private void act(Runnable action) {
        if (running()) {
            action.run();
            tick();
        }
    }

    @Override
    public void phaseStarted(int index, Phase phase) { s.cues().phase(show.phase(index, phase), late()); }
    /** How long ago the deadline passed that the clock just acted on: tones go on it, not on this frame. */
    private long late() { return Math.max(0, s.time().monotonicNanos() - clock.phaseStartNanos()); }

    @Override
    public void countdown(int index, int secondsLeft, long inMillis) { s.cues().countdown(secondsLeft, inMillis); }

    @Override
    public void stepFinished(int step, long millisSpent, boolean workDone) {
        String id = routine.steps().get(step).exerciseId();
        recording.step(step, id, s.exercises().nameOf(id), timeline.stepMillis(step), millisSpent, workDone,
                s.wall().millis());
    }

    @Override
    public void finished() {
        if (recording.status() == SessionRecorder.Status.RUNNING) {
            recording.status(SessionRecorder.Status.COMPLETED);
            display.caption.set(s.words().finished());
            s.cues().finished(display.caption.get(), late());
        }
        display.routineFraction.set(1);
        stage.set(PlayerStage.PAIN_AFTER);
    }

    @Override
    public void suspended() {
        resume.cancel();
        display.paused.set(true);
    }

    public PlayerDisplay display() { return display; }
    public Timeline timeline() { return timeline; }
    public Routine routine() { return routine; }
    TimeSource time() { return s.time(); }

    /** True once "It hurts" was used in this session. */
    public boolean hurtUsed() { return hurtUsed; }
    /** Time actually spent in the steps so far (pauses left out). */
    public long doneMillis() { return recording.doneMillis(); }
    public SessionRecorder.Status status() { return recording.status(); }
    public ObjectProperty<PlayerStage> stageProperty() { return stage; }
    public ReadOnlyObjectProperty<Failure> errorProperty() { return error; }
}
