package org.limber.handout;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.limber.history.HistoryFigures;
import org.limber.i18n.Messages;

/** The report's table per exercise (numbers right-aligned, the header again on a new page) and the notes. */
final class ReportTables {

    private static final float SIZE = 9.5f;
    private static final float LEADING = SIZE * 1.35f;
    private static final float NUMBER = 70;

    private final Messages i18n;
    private final PDFont regular;
    private final PDFont bold;

    private final Locale locale;

    ReportTables(Messages i18n, PDFont regular, PDFont bold, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.regular = regular;
        this.bold = bold;
    }

    void exercises(PdfCursor page, List<HistoryFigures.ExerciseTally> tallies) throws IOException {
        page.need(60);
        page.text(i18n.get("report.exercises"), bold, 12, 0);
        page.down(2);
        if (tallies.isEmpty()) {
            page.text(i18n.get("report.noSteps"), regular, SIZE, 0);
            page.down(10);
            return;
        }
        header(page);
        for (HistoryFigures.ExerciseTally t : tallies) {
            List<String> name = PdfCursor.wrap(t.name(), regular, SIZE, page.width() - 3 * NUMBER - 8);
            int pages = page.document().getNumberOfPages();
            page.need(name.size() * LEADING + 2);
            if (page.document().getNumberOfPages() != pages) {
                header(page);
            }
            row(page, regular, String.join("\n", name), count(t.done()), count(t.skipped()), count(t.hurt()));
        }
        page.down(10);
    }

    private void header(PdfCursor page) throws IOException {
        row(page, bold, i18n.get("history.detail.exercise"), i18n.get("history.result.done"),
                i18n.get("history.result.skipped"), i18n.get("history.result.hurt"));
        PDPageContentStream s = page.stream();
        s.saveGraphicsState();
        s.setStrokingColor(0.5f, 0.5f, 0.5f);
        s.setLineWidth(0.6f);
        s.moveTo(PdfCursor.MARGIN, page.y() + 2);
        s.lineTo(PdfCursor.MARGIN + page.width(), page.y() + 2);
        s.stroke();
        s.restoreGraphicsState();
        page.down(3);
    }

    /** The first cell at the left (it may hold line breaks), the numbers right-aligned in their columns. */
    private void row(PdfCursor page, PDFont font, String first, String... numbers) throws IOException {
        float top = page.y();
        page.text(first, font, SIZE, 0, page.width() - 3 * NUMBER - 8);
        PDPageContentStream s = page.stream();
        for (int i = 0; i < numbers.length; i++) {
            float right = PdfCursor.MARGIN + page.width() - (numbers.length - 1 - i) * NUMBER;
            s.beginText();
            s.setFont(font, SIZE);
            s.newLineAtOffset(right - font.getStringWidth(numbers[i]) / 1000 * SIZE, top - SIZE);
            s.showText(numbers[i]);
            s.endText();
        }
    }

    private String count(int n) {
        return ProgressReport.number(n, 0, locale);
    }

    void notes(PdfCursor page, List<HistoryFigures.Note> notes, int all, DateTimeFormatter date) throws IOException {
        page.need(60);
        page.text(i18n.get("report.notes"), bold, 12, 0);
        page.down(2);
        if (notes.isEmpty()) {
            page.text(i18n.get("report.noNotes"), regular, SIZE, 0);
            return;
        }
        if (all > notes.size()) {
            page.text(i18n.get("report.notesNewest", notes.size(), all), regular, SIZE, 0);
            page.down(4);
        }
        for (HistoryFigures.Note note : notes) {
            page.need(2 * LEADING);
            page.text(note.date().format(date) + " \u00b7 " + note.routineName(), bold, SIZE, 0);
            page.text(note.text(), regular, SIZE, 10);
            page.down(4);
        }
    }
}
