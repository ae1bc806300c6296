package org.limber.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.limber.i18n.Messages;
import org.limber.safety.RedFlags;
import org.limber.safety.SelfCare;

/**
 * The boxes that close a handout and a progress report: looking after your back, and both tiers
 * of red flags. Each box is measured first and kept whole on one page, its frame round it.
 */
final class SafetyBox {

    private static final float BODY = 9f;
    private static final float PAD = 10;

    private record Line(String text, PDFont font, float size, float indent, boolean red) {
        Line(String text, PDFont font, float size, float indent) {
            this(text, font, size, indent, false);
        }
    }

    private final Messages i18n;
    private final PDFont regular;
    private final PDFont bold;

    SafetyBox(Messages i18n, PDFont regular, PDFont bold) {
        this.i18n = i18n;
        this.regular = regular;
        this.bold = bold;
    }

    void selfCare(PdfCursor page) throws IOException {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(i18n.get("selfcare.title"), bold, 12, PAD));
        for (String key : SelfCare.ON_PAPER) {
            lines.add(new Line("\u2022 " + i18n.get("selfcare." + key), regular, BODY, PAD + 8));
        }
        box(page, lines, 0.16f, 0.45f, 0.42f);
    }

    void redFlags(PdfCursor page) throws IOException {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(i18n.get("safety.title"), bold, 12, PAD));
        lines.add(new Line(i18n.get("safety.intro"), regular, BODY, PAD));
        for (RedFlags.Tier tier : RedFlags.Tier.values()) {
            lines.add(new Line(i18n.get("safety.tier." + tier.name().toLowerCase(Locale.ROOT)), bold, BODY, PAD));
            for (String key : RedFlags.keys(tier)) {
                lines.add(new Line("\u2022 " + i18n.get("safety.flag." + key), regular, BODY, PAD + 8));
            }
            if (tier == RedFlags.Tier.EMERGENCY) {
                lines.add(new Line(i18n.get("safety.emergency.call"), bold, BODY, PAD, true));
            }
        }
        lines.add(new Line(i18n.get("handout.notAdvice"), regular, BODY - 1, PAD));
        box(page, lines, 0.75f, 0.2f, 0.2f);
    }

    private void box(PdfCursor page, List<Line> lines, float r, float g, float b) throws IOException {
        float height = 2 * PAD;
        for (Line line : lines) {
            PdfFonts.Choice printable = page.choose(line.text(), line.font());
            height += PdfCursor.wrap(printable.text(), printable.font(), line.size(), page.width() - line.indent() - PAD)
                    .size() * line.size() * 1.35f + 2;
        }
        page.need(height);
        float top = page.y();
        page.down(PAD);
        for (Line line : lines) {
            if (line.red()) {
                page.stream().setNonStrokingColor(0.6f, 0.1f, 0.1f);
            }
            page.text(line.text(), line.font(), line.size(), line.indent(), page.width() - line.indent() - PAD);
            page.stream().setNonStrokingColor(0f, 0f, 0f);
            page.down(2);
        }
        page.down(PAD);
        PDPageContentStream s = page.stream();
        s.setLineWidth(1.2f);
        s.setStrokingColor(r, g, b);
        s.addRect(PdfCursor.MARGIN, page.y(), page.width(), top - page.y());
        s.stroke();
        s.setStrokingColor(0f, 0f, 0f);
        page.down(12);
    }
}
