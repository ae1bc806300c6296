package org.limber.handout;

import java.io.IOException;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** "Page 1 of 3" centred at the foot of every page, written once the page count is known. */
final class PageNumbers {

    private static final float SIZE = 9;

    private PageNumbers() {
    }

    static void add(PDDocument doc, PDFont font, IntFunction<String> label) throws IOException {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            String text = label.apply(i + 1);
            float width = font.getStringWidth(text) / 1000 * SIZE;
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                s.beginText();
                s.setFont(font, SIZE);
                s.setNonStrokingColor(0.35f, 0.35f, 0.35f);
                s.newLineAtOffset((page.getMediaBox().getWidth() - width) / 2, PdfCursor.MARGIN / 2);
                s.showText(text);
                s.endText();
            }
        }
    }
}
