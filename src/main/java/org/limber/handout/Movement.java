package org.limber.handout;

import java.util.ArrayList;
import java.util.List;
import org.limber.library.figure.Animation;
import org.limber.library.figure.Bone;
import org.limber.library.figure.Figure;
import org.limber.library.figure.FigureGeometry;
import org.limber.library.figure.KeyPose;
import org.limber.library.figure.Pose;

/**
 * What a printed still shows of an exercise, as clinical exercise drawings do: the pose it starts
 * in, the pose it ends in or holds, and the path of the part of the body that moves most between
 * them (a hand, a foot, a knee, the head), in figure units as {@link FigureGeometry} lays them out.
 */
record Movement(Pose start, Pose end, List<Point> path) {

    /** A point in figure units (the floor is y = 0, up is negative y). */
    record Point(double x, double y) {
    }

    /** Moves of less than this (metres of a 1.75 m figure) are not worth an arrow. */
    static final double SMALLEST = 0.08;
    private static final int STEPS = 16;

    Movement {
        path = List.copyOf(path);
    }

    static Movement of(Animation animation) {
        Pose start = animation.keyPoses().get(0).pose();
        Pose end = animation.keyStill();
        if (end.equals(start)) {
            // the start is the pose held longest: the other end is the key pose farthest from it
            double farthest = 0;
            for (KeyPose key : animation.keyPoses()) {
                double d = largestMove(start, key.pose());
                if (d > farthest) {
                    farthest = d;
                    end = key.pose();
                }
            }
        }
        return new Movement(start, end, path(start, end));
    }

    /** True when the two poses differ enough to draw both. */
    boolean moves() {
        return !path.isEmpty();
    }

    /** The path of the point that moves farthest from {@code start} to {@code end}, or none if nothing moves much. */
    static List<Point> path(Pose start, Pose end) {
        List<Point> from = points(FigureGeometry.layOut(start));
        List<Point> to = points(FigureGeometry.layOut(end));
        int moving = -1;
        double farthest = SMALLEST;
        for (int i = 0; i < from.size(); i++) {
            double d = Math.hypot(to.get(i).x() - from.get(i).x(), to.get(i).y() - from.get(i).y());
            if (d > farthest) {
                farthest = d;
                moving = i;
            }
        }
        List<Point> path = new ArrayList<>();
        if (moving < 0) {
            return path;
        }
        for (int step = 0; step <= STEPS; step++) {
            path.add(points(FigureGeometry.layOut(start.towards(end, (double) step / STEPS))).get(moving));
        }
        return path;
    }

    private static double largestMove(Pose a, Pose b) {
        List<Point> from = points(FigureGeometry.layOut(a));
        List<Point> to = points(FigureGeometry.layOut(b));
        double farthest = 0;
        for (int i = 0; i < from.size(); i++) {
            farthest = Math.max(farthest, Math.hypot(to.get(i).x() - from.get(i).x(), to.get(i).y() - from.get(i).y()));
        }
        return farthest;
    }

    /** The end of every segment (elbows, hands, knees, ankles, toes...) and the head's centre, always in the same order. */
    static List<Point> points(Figure figure) {
        List<Point> points = new ArrayList<>();
        for (Bone bone : figure.bones()) {
            points.add(new Point(bone.x2(), bone.y2()));
        }
        points.add(new Point(figure.headX(), figure.headY()));
        return points;
    }
}
