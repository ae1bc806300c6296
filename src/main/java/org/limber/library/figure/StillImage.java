package org.limber.library.figure;

/** A still of the figure as pixels (ARGB, row by row), made by the screen renderer for print. */
public record StillImage(int width, int height, int[] argb) {
}
