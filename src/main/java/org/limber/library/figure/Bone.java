package org.limber.library.figure;

/** One straight segment of the figure, in figure units (the floor is y = 0, up is negative y). */
public record Bone(Limb limb, double x1, double y1, double x2, double y2) {
}
