package org.limber.library.figure;

/**
 * The ten angles of the side-view figure, in degrees, with their limits.
 * See docs/catalogue-format.md for what each angle means.
 */
public enum Joint {
    TORSO("torso", -180, 180, Limb.TORSO),
    NECK("neck", -60, 70, Limb.HEAD),
    SHOULDER_L("shoulderL", -70, 190, Limb.ARM_L),
    ELBOW_L("elbowL", 0, 160, Limb.ARM_L),
    SHOULDER_R("shoulderR", -70, 190, Limb.ARM_R),
    ELBOW_R("elbowR", 0, 160, Limb.ARM_R),
    HIP_L("hipL", -40, 150, Limb.LEG_L),
    KNEE_L("kneeL", 0, 160, Limb.LEG_L),
    HIP_R("hipR", -40, 150, Limb.LEG_R),
    KNEE_R("kneeR", 0, 160, Limb.LEG_R);

    private final String key;
    private final double min;
    private final double max;
    private final Limb limb;

    Joint(String key, double min, double max, Limb limb) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.limb = limb;
    }

    public String key() {
        return key;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public Limb limb() {
        return limb;
    }

    public boolean allows(double degrees) {
        return degrees >= min && degrees <= max;
    }

    /** The same joint on the other side of the body (the torso and neck are their own). */
    public Joint mirror() {
        return switch (this) {
            case SHOULDER_L -> SHOULDER_R;
            case SHOULDER_R -> SHOULDER_L;
            case ELBOW_L -> ELBOW_R;
            case ELBOW_R -> ELBOW_L;
            case HIP_L -> HIP_R;
            case HIP_R -> HIP_L;
            case KNEE_L -> KNEE_R;
            case KNEE_R -> KNEE_L;
            default -> this;
        };
    }

    public static Joint byKey(String key) {
        for (Joint joint : values()) {
            if (joint.key.equals(key)) {
                return joint;
            }
        }
        throw new IllegalArgumentException("unknown joint '" + key + "'");
    }
}
