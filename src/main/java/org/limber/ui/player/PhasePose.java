package org.limber.ui.player;

import java.util.List;
import org.limber.library.figure.Animation;
import org.limber.library.figure.KeyPose;
import org.limber.library.figure.Pose;
import org.limber.session.Phase;

/**
 * The figure's pose as a function of where the session stands, so the figure never contradicts
 * the phase: getting ready, resting and switching sides show the start pose; a hold shows the
 * held key pose, still; timed movements make one movement per repetition; breathing moves
 * between the first two key poses with the pacer. Nothing here runs on its own clock, so a
 * paused session shows a still figure.
 */
final class PhasePose {

    private PhasePose() {
    }

    /**
     * @param fraction how far through the phase (0-1, pauses left out)
     * @param breath   the pacer's fullness (0 empty, 1 full)
     */
    static Pose at(Animation animation, Phase phase, double fraction, double breath) {
        List<KeyPose> keys = animation.keyPoses();
        Pose start = keys.get(0).pose();
        return switch (phase.kind()) {
            case GET_READY, REST, SWITCH_SIDES -> start;
            case HOLD -> animation.keyStill();
            case REPS -> oneMovementPerRep(animation, phase, fraction);
            case INHALE, HOLD_IN, EXHALE, HOLD_OUT -> keys.size() < 2 ? start
                    : start.towards(keys.get(1).pose(), Math.max(0, Math.min(1, breath)));
        };
    }

    private static Pose oneMovementPerRep(Animation animation, Phase phase, double fraction) {
        int reps = phase.untimed() ? 1 : Math.max(1, phase.rounds());
        double progress = Math.max(0, Math.min(1, fraction)) * reps;
        if (progress >= reps) {
            return animation.keyPoses().get(0).pose();
        }
        double withinRep = progress - Math.floor(progress);
        return animation.poseAt(withinRep * animation.cycleSeconds());
    }
}
