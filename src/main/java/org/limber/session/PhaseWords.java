package org.limber.session;

import org.limber.i18n.Messages;

/** What a phase says: its label on screen and the cue spoken when it starts. */
public final class PhaseWords {

    private final Messages i18n;

    public PhaseWords(Messages i18n) {
        this.i18n = i18n;
    }

    /** "Hold · left side", "Breathe in", "Rest". */
    public String label(Phase phase) {
        String name = i18n.get("phase." + phase.kind().name());
        return phase.side() == Side.NONE || phase.kind() == PhaseKind.REST ? name
                : i18n.get("phase.withSide", name, side(phase.side()));
    }

    /** "2 of 3" for holds and breaths; empty when there is only one. */
    public String round(Phase phase) {
        if (phase.kind() == PhaseKind.REPS && phase.untimed()) {
            return phase.rounds() > 1 ? i18n.get("phase.round", phase.round(), phase.rounds()) : "";
        }
        if (phase.kind() == PhaseKind.REPS) {
            return i18n.get("phase.reps", phase.rounds());
        }
        return phase.rounds() > 1 && (phase.kind() == PhaseKind.HOLD || phase.kind() == PhaseKind.INHALE)
                ? i18n.get("phase.round", phase.round(), phase.rounds()) : "";
    }

    /** The words spoken as the phase begins. */
    public String cue(Phase phase, boolean firstOfSide) {
        return switch (phase.kind()) {
            case GET_READY -> phase.side() == Side.NONE ? i18n.get("cue.getReady", phase.exerciseName())
                    : i18n.get("cue.getReadySide", phase.exerciseName(), side(phase.side()));
            case HOLD -> firstOfSide && phase.side() != Side.NONE ? i18n.get("cue.holdSide", side(phase.side()))
                    : i18n.get("cue.hold");
            case REPS -> phase.untimed() ? i18n.get("cue.pressWhenDone") : i18n.get("cue.reps", phase.rounds());
            case REST -> i18n.get("cue.rest");
            case SWITCH_SIDES -> i18n.get("cue.switch", side(phase.side()));
            case INHALE -> i18n.get("cue.inhale");
            case HOLD_IN -> i18n.get("cue.holdIn");
            case EXHALE -> i18n.get("cue.exhale");
            case HOLD_OUT -> i18n.get("cue.holdOut");
        };
    }

    public String next(String exerciseName) {
        return i18n.get("cue.next", exerciseName);
    }

    /** Any other text the player says or shows, from its message key. */
    public String text(String key, Object... args) {
        return i18n.get(key, args);
    }

    public String finished() {
        return i18n.get("cue.finished");
    }

    private String side(Side side) {
        return i18n.get("side." + side.name());
    }
}
