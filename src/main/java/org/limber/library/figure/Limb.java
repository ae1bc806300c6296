package org.limber.library.figure;

/** The parts of the figure that are drawn and can be highlighted as moving. */
public enum Limb {
    TORSO, HEAD, ARM_L, ARM_R, LEG_L, LEG_R;

    /** True for the limbs on the side away from the viewer (drawn paler). */
    public boolean far() {
        return this == ARM_R || this == LEG_R;
    }
}
