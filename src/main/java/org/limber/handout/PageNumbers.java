package org.limber.handout;

import java.io.IOException;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * "Page 1 of 3" at the foot of every page, written once the page count is known: centred, or on
 * the right when the practice's line (name and phone) is on the left.
 */
final class PageNumbers {

    private static final float SIZE = 9;

    private PageNumbers() {
    }

    static void add(PDDocument doc, PDFont font, IntFunction<String> label) throws IOException {
        add(doc, font, label, "", font);
    }

    /** With {@code practice} (may be blank) printed in {@code practiceFont} at the left of every foot. */
    static void add(PDDocument doc, PDFont font, IntFunction<String> label, String practice, PDFont practiceFont)
            throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            String text = label.apply(i + 1);
            float width = font.getStringWidth(text) / 1000 * SIZE;
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                s.beginText();
                s.setFont(font, SIZE);
                s.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                float pageWidth = page.getMediaBox().getWidth();
                s.newLineAtOffset(practice.isBlank() ? (pageWidth - width) / 2 : pageWidth - PdfCursor.MARGIN - width,
                        PdfCursor.MARGIN / 2);
                s.showText(text);
                s.endText();
                if (!practice.isBlank()) {
                    // a long line goes above the page number instead of running into it
                    float room = pageWidth - 2 * PdfCursor.MARGIN - width - 12;
                    boolean beside = practiceFont.getStringWidth(practice) / 1000 * SIZE <= room;
                    s.beginText();
                    s.setFont(practiceFont, SIZE);
                    s.newLineAtOffset(PdfCursor.MARGIN, PdfCursor.MARGIN / 2 + (beside ? 0 : SIZE * 1.4f));
                    s.showText(practice);
                    s.endText();
                }
            }
        }
    }
}
