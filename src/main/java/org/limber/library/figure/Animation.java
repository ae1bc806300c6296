package org.limber.library.figure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A looping movement: key poses held and tweened in turn, the last back to the first. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Animation(List<Prop> props, List<KeyPose> keyPoses) {

    /** Limbs whose joints move less than this many degrees count as still. */
    static final double MOVING_DEGREES = 12;

    public Animation {
        props = List.copyOf(props == null ? List.of() : props);
        keyPoses = List.copyOf(keyPoses == null ? List.of() : keyPoses);
        if (keyPoses.isEmpty()) {
            throw new IllegalArgumentException("an animation needs at least one key pose");
        }
    }

    @JsonIgnore
    public double cycleSeconds() {
        double total = 0;
        for (KeyPose key : keyPoses) {
            total += key.holdSeconds() + key.moveSeconds();
        }
        return total;
    }

    /** The pose at {@code seconds} into the loop, eased in and out between key poses. */
    public Pose poseAt(double seconds) {
        double cycle = cycleSeconds();
        if (keyPoses.size() == 1 || cycle <= 0) {
            return keyPoses.get(0).pose();
        }
        double t = seconds % cycle;
        if (t < 0) {
            t += cycle;
        }
        for (int i = 0; i < keyPoses.size(); i++) {
            KeyPose key = keyPoses.get(i);
            if (t < key.holdSeconds()) {
                return key.pose();
            }
            t -= key.holdSeconds();
            if (t < key.moveSeconds()) {
                Pose next = keyPoses.get((i + 1) % keyPoses.size()).pose();
                return key.pose().towards(next, ease(t / key.moveSeconds()));
            }
            t -= key.moveSeconds();
        }
        return keyPoses.get(0).pose();
    }

    /** The pose that best shows the exercise: the one held longest. */
    @JsonIgnore
    public Pose keyStill() {
        KeyPose best = keyPoses.get(0);
        for (KeyPose key : keyPoses) {
            if (key.holdSeconds() > best.holdSeconds()) {
                best = key;
            }
        }
        return best.pose();
    }

    /** The same movement on the other side of the body. */
    public Animation mirrored() {
        return new Animation(props, keyPoses.stream()
                .map(k -> new KeyPose(k.holdSeconds(), k.moveSeconds(), k.pose().mirrored()))
                .toList());
    }

    /** Limbs that visibly move during the loop: they are drawn in the accent colour. */
    @JsonIgnore
    public Set<Limb> movingLimbs() {
        Set<Limb> moving = EnumSet.noneOf(Limb.class);
        for (Joint joint : Joint.values()) {
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (KeyPose key : keyPoses) {
                min = Math.min(min, key.pose().angle(joint));
                max = Math.max(max, key.pose().angle(joint));
            }
            if (max - min >= MOVING_DEGREES && joint != Joint.TORSO) {
                moving.add(joint.limb());
            }
        }
        return moving;
    }

    private static double ease(double x) {
        return x * x * (3 - 2 * x);
    }
}
