package org.limber.handout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.limber.library.figure.Animation;
import org.limber.library.figure.Bone;
import org.limber.library.figure.Figure;
import org.limber.library.figure.FigureGeometry;
import org.limber.library.figure.Prop;
import org.limber.library.figure.StillImage;

/**
 * The figure as vector paths on a PDF page, laid out by the same geometry as the screen: the
 * start pose faint, the end (or held) pose solid, and an arrow along the path of the part that
 * moves most (see {@link Movement}), with the exercise's props.
 */
final class FigureDrawing {

    private static final double MARGIN = 0.12;
    private static final float[] NEAR = {0.15f, 0.18f, 0.22f};
    private static final float[] FAR = {0.55f, 0.58f, 0.62f};
    private static final float[] FAINT_NEAR = {0.74f, 0.77f, 0.8f};
    private static final float[] FAINT_FAR = {0.84f, 0.86f, 0.88f};
    private static final float[] ARROW = {0.0f, 0.45f, 0.42f};

    private FigureDrawing() {
    }

    /** Where figure units land on the page. */
    private record Frame(float originX, float floorY, float scale) {

        float x(double units) {
            return originX + (float) units * scale;
        }

        float y(double units) {
            return floorY - (float) units * scale;
        }
    }

    static void draw(PDPageContentStream s, Animation animation, float x, float y, float width, float height) {
        Movement movement = Movement.of(animation);
        Figure end = FigureGeometry.layOut(movement.end());
        Figure start = movement.moves() ? FigureGeometry.layOut(movement.start()) : end;
        double minX = Math.min(start.minX(), end.minX());
        double maxX = Math.max(start.maxX(), end.maxX());
        double top = Math.min(-0.9, Math.min(start.minY(), end.minY()));
        for (Prop prop : animation.props()) {
            minX = Math.min(minX, prop.x() - prop.type().width() / 2);
            maxX = Math.max(maxX, prop.x() + prop.type().width() / 2);
            if (prop.type() != Prop.Type.WALL) {
                top = Math.min(top, -prop.type().height() - (prop.y() == null ? 0 : prop.y()));
            }
        }
        minX -= MARGIN;
        maxX += MARGIN;
        top -= MARGIN;
        float scale = (float) Math.min(width / Math.max(1.2, maxX - minX), (height - 4) / -top);
        Frame at = new Frame(x + width / 2 - (float) ((minX + maxX) / 2) * scale, y + 4, scale);
        try {
            // colours, widths and caps set here end with the drawing: the text after it stays black
            s.saveGraphicsState();
            s.setStrokingColor(0.8f, 0.83f, 0.87f);
            s.setLineWidth(1);
            s.moveTo(x, at.floorY());
            s.lineTo(x + width, at.floorY());
            s.stroke();
            props(s, animation.props(), at, -top);
            s.setLineCapStyle(1);
            s.setLineJoinStyle(1);
            if (movement.moves()) {
                figure(s, start, at, FAINT_NEAR, FAINT_FAR, 0.05f);
            }
            figure(s, end, at, NEAR, FAR, 0.06f);
            if (movement.moves()) {
                arrow(s, movement.path(), at);
            }
            s.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figure(PDPageContentStream s, Figure figure, Frame at, float[] near, float[] far, float thickness)
            throws IOException {
        for (Bone bone : figure.bones()) {
            boolean away = bone.limb().far();
            float[] colour = away ? far : near;
            s.setStrokingColor(colour[0], colour[1], colour[2]);
            s.setLineWidth(at.scale() * (away ? thickness * 0.85f : thickness));
            s.moveTo(at.x(bone.x1()), at.y(bone.y1()));
            s.lineTo(at.x(bone.x2()), at.y(bone.y2()));
            s.stroke();
        }
        s.setStrokingColor(near[0], near[1], near[2]);
        s.setNonStrokingColor(1f, 1f, 1f);
        s.setLineWidth(at.scale() * thickness * 0.6f);
        circle(s, at.x(figure.headX()), at.y(figure.headY()), (float) figure.headRadius() * at.scale());
        s.fillAndStroke();
    }

    /** A line along the moving part's path, left short of both ends so it does not hide the limb, with a head. */
    private static void arrow(PDPageContentStream s, List<Movement.Point> path, Frame at) throws IOException {
        int first = Math.min(2, path.size() - 2);
        int last = Math.max(first + 1, path.size() - 3);
        s.setStrokingColor(ARROW[0], ARROW[1], ARROW[2]);
        s.setNonStrokingColor(ARROW[0], ARROW[1], ARROW[2]);
        s.setLineWidth(Math.max(1.2f, at.scale() * 0.02f));
        s.moveTo(at.x(path.get(first).x()), at.y(path.get(first).y()));
        for (int i = first + 1; i <= last; i++) {
            s.lineTo(at.x(path.get(i).x()), at.y(path.get(i).y()));
        }
        s.stroke();
        float tipX = at.x(path.get(last).x());
        float tipY = at.y(path.get(last).y());
        double dx = tipX - at.x(path.get(last - 1).x());
        double dy = tipY - at.y(path.get(last - 1).y());
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        float ux = (float) (dx / length);
        float uy = (float) (dy / length);
        float size = Math.max(5, at.scale() * 0.07f);
        s.moveTo(tipX + ux * size * 0.3f, tipY + uy * size * 0.3f);
        s.lineTo(tipX - ux * size - uy * size * 0.55f, tipY - uy * size + ux * size * 0.55f);
        s.lineTo(tipX - ux * size + uy * size * 0.55f, tipY - uy * size - ux * size * 0.55f);
        s.closePath();
        s.fill();
    }

    /** Pillows, blocks, a heat pack and a chair as the screen draws them; a wall as tall as the drawing. */
    private static void props(PDPageContentStream s, List<Prop> props, Frame at, double tallest) throws IOException {
        s.setStrokingColor(0.65f, 0.68f, 0.72f);
        s.setNonStrokingColor(0.9f, 0.91f, 0.93f);
        s.setLineWidth(0.8f);
        for (Prop prop : props) {
            Prop.Type type = prop.type();
            double left = prop.x() - type.width() / 2;
            if (type == Prop.Type.CHAIR) {
                rect(s, at, left, type.height(), type.width(), 0.05);
                rect(s, at, prop.x() - 0.02, type.height(), 0.04, type.height());
                continue;
            }
            double height = type == Prop.Type.WALL ? tallest : type.height();
            double bottom = prop.y() == null ? 0 : prop.y() - type.height() / 2;
            rect(s, at, left, bottom + height, type.width(), height);
        }
    }

    /** A rectangle whose top edge is {@code top} units above the floor. */
    private static void rect(PDPageContentStream s, Frame at, double left, double top, double width, double height)
            throws IOException {
        s.addRect(at.x(left), at.y(height - top), (float) width * at.scale(), (float) height * at.scale());
        s.fillAndStroke();
    }

    /** Places a still rendered by the screen renderer, scaled to fit the box (a figure without an animation). */
    static void image(PDDocument doc, PDPageContentStream s,
            StillImage still, float x, float y, float width, float height) {
        BufferedImage image = new BufferedImage(still.width(), still.height(),
                BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, still.width(), still.height(), still.argb(), 0, still.width());
        try {
            PDImageXObject pdf =
                    LosslessFactory.createFromImage(doc, image);
            float scale = Math.min(width / still.width(), height / still.height());
            s.drawImage(pdf, x, y, still.width() * scale, still.height() * scale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void circle(PDPageContentStream s, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        s.moveTo(cx + r, cy);
        s.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        s.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        s.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        s.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    }
}
