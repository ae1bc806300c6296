package org.limber.ui.player;

import java.util.ArrayList;
import java.util.List;
import org.limber.library.Cautions;
import org.limber.library.Exercise;
import org.limber.routine.Durations;
import org.limber.routine.Routine;
import org.limber.session.ClockSnapshot;
import org.limber.session.Phase;
import org.limber.session.PhaseKind;
import org.limber.session.PhaseWords;
import org.limber.session.Side;
import org.limber.session.Timeline;

/** Turns the clock's phases and frames into what the player shows and says. */
final class PhaseShow {

    private final Routine routine;
    private final Timeline timeline;
    private final SessionViewModel.Services s;
    private final PhaseWords words;
    private final PlayerDisplay d;
    private Side lastSide = Side.NONE;
    private int lastStep = -1;
    private int guidedStep = -1;
    private Phase current;

    PhaseShow(Routine routine, Timeline timeline, SessionViewModel.Services services, PlayerDisplay display) {
        this.routine = routine;
        this.timeline = timeline;
        this.s = services;
        this.words = services.words();
        this.d = display;
    }

    /** A phase began: sets what is shown and returns the words to say (also the caption). */
    String phase(int index, Phase phase) {
        current = phase;
        if (index > 0) {
            d.soundProblem.set("");
        }
        boolean newStep = phase.step() != lastStep;
        boolean firstOfSide = newStep || phase.side() != lastSide;
        lastStep = phase.step();
        lastSide = phase.side() == Side.NONE ? lastSide : phase.side();
        Exercise exercise = s.exercises().find(phase.exerciseId()).orElse(null);
        d.exerciseName.set(phase.exerciseName());
        d.phaseText.set(words.label(phase));
        d.roundText.set(words.round(phase));
        d.untimed.set(phase.untimed());
        d.breathing.set(phase.kind().breathing());
        d.animation.set(exercise == null ? null : exercise.animation());
        d.mirrored.set(phase.side() == Side.RIGHT);
        d.howTo.set(howTo(exercise));
        d.cautions.set(Cautions.matching(exercise, s.conditions()));
        String note = routine.steps().get(phase.step()).note().strip();
        d.note.set(note);
        boolean firstWork = phase.kind().work() && !phase.kind().breathing() && guidedStep != phase.step();
        if (firstWork) {
            guidedStep = phase.step();
        }
        d.guidance.set(firstWork ? guidance(exercise) : "");
        d.nextUp.set(nextExercise(index));
        String said = words.cue(phase, firstOfSide);
        if (newStep && !note.isEmpty()) {
            said = said + " " + note;
        }
        if (phase.kind() == PhaseKind.REST && !d.nextUp.get().isEmpty() && isLastRestOfStep(index)) {
            said = said + " " + words.next(timeline.phase(index + 1).exerciseName());
        }
        d.caption.set(said);
        return said;
    }

    /** One frame: countdown, progress, pacer and the figure's pose follow the clock. */
    void frame(ClockSnapshot snap) {
        Phase phase = timeline.phase(snap.index());
        d.countdown.set(phase.untimed() ? "" : Durations.clock(snap.remainingMillis()));
        d.phaseFraction.set(phase.untimed() ? 0 : snap.phaseFraction());
        d.routineFraction.set(snap.routineFraction());
        d.paused.set(snap.paused());
        d.breath.set(switch (phase.kind()) {
            case INHALE -> snap.phaseFraction();
            case HOLD_IN -> 1;
            case EXHALE -> 1 - snap.phaseFraction();
            default -> 0;
        });
        long left = Math.max(0, snap.routineTotalMillis() - snap.routineElapsedMillis());
        d.position.set(words.text("player.position", phase.step() + 1, routine.steps().size(), Durations.clock(left)));
        if (d.animation.get() != null && phase == current) {
            d.pose.set(PhasePose.at(d.animation.get(), phase, snap.phaseFraction(), d.breath.get()));
        }
    }

    private List<String> howTo(Exercise exercise) {
        List<String> lines = new ArrayList<>();
        if (exercise != null) {
            lines.addAll(exercise.instructions());
            lines.addAll(feelAndStop(exercise));
        }
        return List.copyOf(lines);
    }

    private String guidance(Exercise exercise) {
        return exercise == null ? "" : String.join("\n", feelAndStop(exercise));
    }

    /** What it should feel like, and when to stop (the catalogue's stop-if text starts with its own "Stop if"). */
    private List<String> feelAndStop(Exercise exercise) {
        List<String> lines = new ArrayList<>();
        if (exercise.feel() != null && !exercise.feel().isBlank()) {
            lines.add(words.text("player.labelled", words.text("library.detail.feel"), exercise.feel().strip()));
        }
        if (exercise.stopIf() != null && !exercise.stopIf().isBlank()) {
            lines.add(exercise.stopIf().strip());
        }
        return lines;
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
}
