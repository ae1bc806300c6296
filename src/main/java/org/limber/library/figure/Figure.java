package org.limber.library.figure;

import java.util.List;

/** A pose laid out as segments and a head, resting on the floor. */
public record Figure(List<Bone> bones, double headX, double headY, double headRadius) {

    public double minX() {
        double min = headX - headRadius;
        for (Bone b : bones) {
            min = Math.min(min, Math.min(b.x1(), b.x2()));
        }
        return min;
    }

    public double maxX() {
        double max = headX + headRadius;
        for (Bone b : bones) {
            max = Math.max(max, Math.max(b.x1(), b.x2()));
        }
        return max;
    }

    /** The highest point (most negative y). */
    public double minY() {
        double min = headY - headRadius;
        for (Bone b : bones) {
            min = Math.min(min, Math.min(b.y1(), b.y2()));
        }
        return min;
    }
}
