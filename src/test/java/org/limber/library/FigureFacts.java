package org.limber.library;

import org.limber.library.figure.Bone;
import org.limber.library.figure.Figure;
import org.limber.library.figure.FigureGeometry;
import org.limber.library.figure.Joint;
import org.limber.library.figure.KeyPose;
import org.limber.library.figure.Limb;

/**
 * What an exercise's figure says about the body, computed from its key poses with the geometry
 * of docs/catalogue-format.md, so that a safety rule follows the figure rather than a list.
 */
final class FigureFacts {

    /** The heart sits about two thirds of the way up the spine from the pelvis. */
    static final double HEART_UP_THE_SPINE = 2.0 / 3;
    /**
     * How far (figure units, about metres) the head must be below the heart to count as head-down:
     * lying on the front with the forehead on the forearms puts it a few centimetres lower, which is not.
     */
    static final double HEAD_DOWN_MARGIN = 0.07;

    private FigureFacts() {
    }

    /** The most the thigh bends forward from the line of the spine in any key pose, either leg, in degrees. */
    static double mostHipFlexion(Exercise exercise) {
        double most = -Double.MAX_VALUE;
        for (KeyPose key : exercise.animation().keyPoses()) {
            most = Math.max(most, Math.max(key.pose().angle(Joint.HIP_L), key.pose().angle(Joint.HIP_R)));
        }
        return most;
    }

    /** How far the centre of the head drops below the heart in the most head-down key pose (negative: above). */
    static double headBelowHeart(Exercise exercise) {
        double most = -Double.MAX_VALUE;
        for (KeyPose key : exercise.animation().keyPoses()) {
            Figure figure = FigureGeometry.layOut(key.pose());
            Bone spine = figure.bones().stream().filter(b -> b.limb() == Limb.TORSO).findFirst().orElseThrow();
            double heartY = spine.y1() + (spine.y2() - spine.y1()) * HEART_UP_THE_SPINE;
            most = Math.max(most, figure.headY() - heartY);
        }
        return most;
    }

    static boolean isHeadDown(Exercise exercise) {
        return headBelowHeart(exercise) > HEAD_DOWN_MARGIN;
    }
}
