package org.limber.library.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Pose} out as a side-view stick figure. Plain arithmetic, shared by the screen
 * renderer and the printed handout. Angles: 0 points up, 90 right (screen y grows downwards).
 */
public final class FigureGeometry {

    public static final double TORSO = 0.55;
    public static final double NECK = 0.08;
    public static final double HEAD_RADIUS = 0.11;
    public static final double UPPER_ARM = 0.30;
    public static final double FOREARM = 0.27;
    public static final double THIGH = 0.44;
    public static final double SHIN = 0.44;
    public static final double FOOT = 0.12;

    private FigureGeometry() {
    }

    /** The figure for the pose, moved so that its lowest point rests on the floor (y = 0). */
    public static Figure layOut(Pose p) {
        List<Bone> bones = new ArrayList<>();
        double torso = p.angle(Joint.TORSO);
        double[] neckBase = step(0, 0, torso, TORSO);
        bones.add(new Bone(Limb.TORSO, 0, 0, neckBase[0], neckBase[1]));

        double headDirection = torso + p.angle(Joint.NECK);
        double[] neckTop = step(neckBase[0], neckBase[1], headDirection, NECK);
        double[] head = step(neckTop[0], neckTop[1], headDirection, HEAD_RADIUS);
        bones.add(new Bone(Limb.HEAD, neckBase[0], neckBase[1], neckTop[0], neckTop[1]));

        arm(bones, Limb.ARM_R, neckBase, torso, p.angle(Joint.SHOULDER_R), p.angle(Joint.ELBOW_R));
        arm(bones, Limb.ARM_L, neckBase, torso, p.angle(Joint.SHOULDER_L), p.angle(Joint.ELBOW_L));
        leg(bones, Limb.LEG_R, torso, p.angle(Joint.HIP_R), p.angle(Joint.KNEE_R));
        leg(bones, Limb.LEG_L, torso, p.angle(Joint.HIP_L), p.angle(Joint.KNEE_L));

        double lowest = head[1] + HEAD_RADIUS;
        for (Bone b : bones) {
            lowest = Math.max(lowest, Math.max(b.y1(), b.y2()));
        }
        List<Bone> grounded = new ArrayList<>(bones.size());
        for (Bone b : bones) {
            grounded.add(new Bone(b.limb(), b.x1(), b.y1() - lowest, b.x2(), b.y2() - lowest));
        }
        return new Figure(List.copyOf(grounded), head[0], head[1] - lowest, HEAD_RADIUS);
    }

    private static void arm(List<Bone> bones, Limb limb, double[] shoulder, double torso, double flexion, double elbow) {
        double upper = torso + 180 - flexion;
        double[] elbowAt = step(shoulder[0], shoulder[1], upper, UPPER_ARM);
        double[] hand = step(elbowAt[0], elbowAt[1], upper - elbow, FOREARM);
        bones.add(new Bone(limb, shoulder[0], shoulder[1], elbowAt[0], elbowAt[1]));
        bones.add(new Bone(limb, elbowAt[0], elbowAt[1], hand[0], hand[1]));
    }

    private static void leg(List<Bone> bones, Limb limb, double torso, double hip, double knee) {
        double thigh = torso + 180 - hip;
        double shin = thigh + knee;
        double[] kneeAt = step(0, 0, thigh, THIGH);
        double[] ankle = step(kneeAt[0], kneeAt[1], shin, SHIN);
        double[] toe = step(ankle[0], ankle[1], shin - 90, FOOT);
        bones.add(new Bone(limb, 0, 0, kneeAt[0], kneeAt[1]));
        bones.add(new Bone(limb, kneeAt[0], kneeAt[1], ankle[0], ankle[1]));
        bones.add(new Bone(limb, ankle[0], ankle[1], toe[0], toe[1]));
    }

    private static double[] step(double x, double y, double degrees, double length) {
        double r = Math.toRadians(degrees);
        return new double[] {x + Math.sin(r) * length, y - Math.cos(r) * length};
    }
}
