package org.limber.handout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.limber.library.figure.Bone;
import org.limber.library.figure.Figure;
import org.limber.library.figure.FigureGeometry;
import org.limber.library.figure.Pose;
import org.limber.library.figure.StillImage;

/** The figure as vector lines on a PDF page, laid out by the same geometry as the screen. */
final class FigureDrawing {

    private FigureDrawing() {
    }

    static void draw(PDPageContentStream s, Pose pose, float x, float y, float width, float height) {
        Figure figure = FigureGeometry.layOut(pose);
        double figureWidth = Math.max(1.2, figure.maxX() - figure.minX()) + 0.2;
        double figureHeight = Math.max(0.9, -figure.minY()) + 0.1;
        float scale = (float) Math.min(width / figureWidth, height / figureHeight);
        float originX = x + width / 2 - (float) ((figure.minX() + figure.maxX()) / 2) * scale;
        float floorY = y + 4;
        try {
            s.setStrokingColor(0.8f, 0.83f, 0.87f);
            s.setLineWidth(1);
            s.moveTo(x, floorY);
            s.lineTo(x + width, floorY);
            s.stroke();
            s.setLineCapStyle(1);
            for (Bone bone : figure.bones()) {
                boolean far = bone.limb().far();
                s.setStrokingColor(far ? 0.6f : 0.15f, far ? 0.63f : 0.18f, far ? 0.67f : 0.22f);
                s.setLineWidth(scale * (far ? 0.05f : 0.06f));
                s.moveTo(originX + (float) bone.x1() * scale, floorY - (float) bone.y1() * scale);
                s.lineTo(originX + (float) bone.x2() * scale, floorY - (float) bone.y2() * scale);
                s.stroke();
            }
            s.setStrokingColor(0.15f, 0.18f, 0.22f);
            s.setLineWidth(scale * 0.035f);
            circle(s, originX + (float) figure.headX() * scale, floorY - (float) figure.headY() * scale,
                    (float) figure.headRadius() * scale);
            s.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places a still rendered by the screen renderer, scaled to fit the box. */
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
