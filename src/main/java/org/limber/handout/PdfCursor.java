package org.limber.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Writes flowing text down the pages, starting a new page when the space runs out. */
final class PdfCursor implements AutoCloseable {

    static final float MARGIN = 50;

    private final PDDocument document;
    private final PDRectangle size;
    private final PdfFonts fonts;
    private PDPageContentStream stream;
    private float y;
    private float lowest;
    private final List<Float> fills = new ArrayList<>();

    PdfCursor(PDDocument document, PDRectangle size) throws IOException {
        this(document, size, new PdfFonts(document, Optional::empty));
    }

    /** Every text goes through {@code fonts}, which picks a font that can print it. */
    PdfCursor(PDDocument document, PDRectangle size, PdfFonts fonts) throws IOException {
        this.document = document;
        this.size = size;
        this.fonts = fonts;
        newPage();
    }

    PdfFonts.Choice choose(String text, PDFont font) {
        return fonts.choose(text, font);
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    PDDocument document() {
        return document;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** Makes sure {@code height} points fit below; otherwise continues on a new page. */
    void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    void down(float points) {
        y -= points;
        lowest = Math.min(lowest, y);
    }

    /** Starts a new page now. */
    void breakPage() throws IOException {
        newPage();
    }

    /** True when nothing has been written on this page yet. */
    boolean pageIsEmpty() {
        return y >= top();
    }

    /** Points left between here and the bottom margin. */
    float room() {
        return y - MARGIN;
    }

    float top() {
        return size.getHeight() - MARGIN;
    }

    /** How full each page is, 0..1, by the lowest point written on it; the current page last. */
    List<Float> fills() {
        List<Float> all = new ArrayList<>(fills);
        all.add(fill());
        return all;
    }

    private float fill() {
        return (top() - lowest) / (top() - MARGIN);
    }

    /** Writes wrapped text at the left margin plus {@code indent}. */
    void text(String text, PDFont font, float fontSize, float indent) throws IOException {
        text(text, font, fontSize, indent, width() - indent);
    }

    /** Writes wrapped text at the left margin plus {@code indent}, no wider than {@code room}. */
    void text(String text, PDFont font, float fontSize, float indent, float room) throws IOException {
        float leading = fontSize * 1.35f;
        PdfFonts.Choice printable = fonts.choose(text, font);
        for (String line : wrap(printable.text(), printable.font(), fontSize, room)) {
            need(leading);
            stream.beginText();
            stream.setFont(printable.font(), fontSize);
            stream.newLineAtOffset(MARGIN + indent, y - fontSize);
            stream.showText(line);
            stream.endText();
            down(leading);
        }
    }

    static List<String> wrap(String text, PDFont font, float fontSize, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * fontSize > width && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
            fills.add(fill());
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
        lowest = y;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
