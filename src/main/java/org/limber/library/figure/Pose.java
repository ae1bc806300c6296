package org.limber.library.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** One still position of the figure: an angle for every {@link Joint}. */
public final class Pose {

    private final double[] angles;

    private Pose(double[] angles) {
        this.angles = angles;
    }

    @JsonCreator
    public static Pose of(Map<String, Double> byKey) {
        double[] angles = new double[Joint.values().length];
        boolean[] seen = new boolean[angles.length];
        for (Map.Entry<String, Double> entry : byKey.entrySet()) {
            Joint joint = Joint.byKey(entry.getKey());
            if (entry.getValue() == null || !Double.isFinite(entry.getValue())) {
                throw new IllegalArgumentException("joint '" + entry.getKey() + "' has no angle");
            }
            angles[joint.ordinal()] = entry.getValue();
            seen[joint.ordinal()] = true;
        }
        for (Joint joint : Joint.values()) {
            if (!seen[joint.ordinal()]) {
                throw new IllegalArgumentException("joint '" + joint.key() + "' is missing");
            }
        }
        return new Pose(angles);
    }

    public double angle(Joint joint) {
        return angles[joint.ordinal()];
    }

    @JsonValue
    public Map<String, Double> toMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (Joint joint : Joint.values()) {
            map.put(joint.key(), angles[joint.ordinal()]);
        }
        return map;
    }

    /** Left and right swapped: the same movement done on the other side. */
    public Pose mirrored() {
        double[] swapped = new double[angles.length];
        for (Joint joint : Joint.values()) {
            swapped[joint.mirror().ordinal()] = angles[joint.ordinal()];
        }
        return new Pose(swapped);
    }

    /** The pose a fraction {@code t} (0..1) of the way from this one to {@code other}. */
    public Pose towards(Pose other, double t) {
        double[] mixed = new double[angles.length];
        for (int i = 0; i < angles.length; i++) {
            mixed[i] = angles[i] + (other.angles[i] - angles[i]) * t;
        }
        return new Pose(mixed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pose p && Arrays.equals(angles, p.angles);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(angles);
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
