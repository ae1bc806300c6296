package org.limber.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.limber.i18n.Messages;
import org.limber.library.Caution;
import org.limber.library.Condition;
import org.limber.library.Exercise;
import org.limber.library.figure.StillImage;

/**
 * One exercise of the handout: the figure in the left third of the page, and beside it (then
 * below it, across the page) the name, the dose, the physiotherapist's note (first and shaded),
 * the steps, how it should feel, when to stop and the cautions for this person. Laid out once,
 * so it is measured exactly as drawn, and never split across pages.
 */
final class StepBlock {

    static final float BODY = 9.5f;
    private static final float LEADING = 1.25f;
    private static final float GAP = 12;
    private static final float COLUMN_GAP = 14;

    /** One paragraph of text. */
    record Line(String text, PDFont font, float size, boolean note) {
    }

    /** A laid-out line: where it starts (from the left margin), how far below the block's top. */
    private record Placed(String text, PDFont font, float size, float x, float below, boolean note) {
    }

    private final List<Line> paragraphs;
    private final StillImage still;
    private final Exercise exercise;

    StepBlock(List<Line> paragraphs, StillImage still, Exercise exercise) {
        this.paragraphs = List.copyOf(paragraphs);
        this.still = still;
        this.exercise = exercise;
    }

    /** The lines for a step, with only the cautions for {@code conditions} (all of them when null: "anyone"). */
    static List<Line> lines(Messages i18n, BiFunction<String, PDFont, PdfFonts.Choice> choose, PDFont regular,
            PDFont bold, String title, String dose, String note, Optional<Exercise> exercise, Set<Condition> conditions) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(choose, title, bold, 13, false));
        lines.add(line(choose, dose, bold, BODY + 0.5f, false));
        if (note != null && !note.isBlank()) {
            lines.add(line(choose, (i18n.get("handout.note", note)), bold, BODY + 0.5f, true));
        }
        exercise.ifPresent(e -> {
            for (int i = 0; i < e.instructions().size(); i++) {
                lines.add(line(choose, ((i + 1) + ". " + e.instructions().get(i)), regular, BODY, false));
            }
            if (!e.feel().isBlank()) {
                lines.add(line(choose, (i18n.get("handout.feel", e.feel())), regular, BODY, false));
            }
            lines.add(line(choose, (e.stopIf()), bold, BODY, false));
            for (Caution c : e.cautions()) {
                if (conditions == null || conditions.contains(c.condition())) {
                    lines.add(line(choose, (i18n.get("condition." + c.condition().code()) + ": " + c.advice()),
                            regular, BODY, false));
                }
            }
        });
        return lines;
    }

    /** A paragraph in a font that can print it (a fallback font for characters DejaVu lacks). */
    private static Line line(BiFunction<String, PDFont, PdfFonts.Choice> choose, String text, PDFont font, float size,
            boolean note) {
        PdfFonts.Choice printable = choose.apply(text, font);
        return new Line(printable.text(), printable.font(), size, note);
    }

    float height(float pageWidth) throws IOException {
        List<Placed> placed = layOut(pageWidth);
        float text = placed.isEmpty() ? 0 : bottom(placed.get(placed.size() - 1));
        return Math.max(figureHeight(pageWidth), text) + GAP;
    }

    void draw(PdfCursor page) throws IOException {
        float width = page.width();
        float top = page.y();
        float figureHeight = figureHeight(width);
        if (exercise != null && exercise.animation() != null) {
            FigureDrawing.draw(page.stream(), exercise.animation(), PdfCursor.MARGIN, top - figureHeight, width / 3,
                    figureHeight);
        } else if (still != null) {
            FigureDrawing.image(page.document(), page.stream(), still, PdfCursor.MARGIN, top - figureHeight, width / 3,
                    figureHeight);
        }
        PDPageContentStream s = page.stream();
        List<Placed> placed = layOut(width);
        for (Placed line : placed) {
            float baseline = top - line.below() - line.size();
            if (line.note()) {
                s.setNonStrokingColor(0.88f, 0.95f, 0.93f);
                s.addRect(PdfCursor.MARGIN + line.x() - 4, baseline - line.size() * 0.35f, width - line.x() + 4,
                        line.size() * LEADING);
                s.fill();
                s.setNonStrokingColor(0f, 0f, 0f);
            }
            s.beginText();
            s.setFont(line.font(), line.size());
            s.newLineAtOffset(PdfCursor.MARGIN + line.x(), baseline);
            s.showText(line.text());
            s.endText();
        }
        page.down(height(width));
    }

    /** Lines beside the figure are a third narrower; once past it, the text runs across the page. */
    private List<Placed> layOut(float pageWidth) throws IOException {
        float figureBottom = figureHeight(pageWidth) + 4;
        float besideX = pageWidth / 3 + COLUMN_GAP;
        List<Placed> out = new ArrayList<>();
        float below = 0;
        for (Line p : paragraphs) {
            float leading = p.size() * LEADING;
            List<String> words = new ArrayList<>(List.of(p.text().split(" ")));
            while (!words.isEmpty()) {
                float x = below + leading <= figureBottom ? besideX : 0;
                StringBuilder line = new StringBuilder(words.remove(0));
                while (!words.isEmpty() && width(p, line + " " + words.get(0)) <= pageWidth - x) {
                    line.append(' ').append(words.remove(0));
                }
                out.add(new Placed(line.toString(), p.font(), p.size(), x, below, p.note()));
                below += leading;
            }
            below += p.size() * 0.25f;
        }
        return out;
    }

    private static float width(Line p, String text) throws IOException {
        return p.font().getStringWidth(text) / 1000 * p.size();
    }

    private static float bottom(Placed line) {
        return line.below() + line.size() * LEADING;
    }

    private static float figureHeight(float pageWidth) {
        return pageWidth / 3 * 0.72f;
    }
}
