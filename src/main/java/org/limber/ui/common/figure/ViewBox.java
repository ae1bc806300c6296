package org.limber.ui.common.figure;

import org.limber.library.figure.Animation;
import org.limber.library.figure.Figure;
import org.limber.library.figure.FigureGeometry;
import org.limber.library.figure.KeyPose;
import org.limber.library.figure.Prop;

/** The area every key pose and prop of an animation fits in, with a margin, in figure units. */
record ViewBox(double minX, double maxX, double top, double bottomMargin) {

    static final double MARGIN = 0.12;

    static ViewBox of(Animation animation) {
        if (animation == null) {
            return new ViewBox(-1, 1, -1.8, MARGIN);
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double top = 0;
        for (KeyPose key : animation.keyPoses()) {
            Figure f = FigureGeometry.layOut(key.pose());
            minX = Math.min(minX, f.minX());
            maxX = Math.max(maxX, f.maxX());
            top = Math.min(top, f.minY());
        }
        for (Prop prop : animation.props()) {
            minX = Math.min(minX, prop.x() - prop.type().width() / 2);
            maxX = Math.max(maxX, prop.x() + prop.type().width() / 2);
            if (prop.type() != Prop.Type.WALL) {
                top = Math.min(top, -prop.type().height() - (prop.y() == null ? 0 : prop.y()));
            }
        }
        // keep a floor-level figure from being drawn huge: at least half a body height
        top = Math.min(top, -0.9);
        return new ViewBox(minX - MARGIN, maxX + MARGIN, top - MARGIN, MARGIN);
    }

    double width() {
        return Math.max(1.2, maxX - minX);
    }

    double height() {
        return -top + bottomMargin;
    }

    double centerX() {
        return (minX + maxX) / 2;
    }
}
