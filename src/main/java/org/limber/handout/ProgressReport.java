package org.limber.handout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.limber.history.HistoryFigures;
import org.limber.history.ProgressFigures;
import org.limber.i18n.Messages;
import org.limber.plan.Adherence;

/**
 * A PDF for the physiotherapist: a person's figures over a date range (the same the History page
 * shows for the same filter), charts of time, pain and plan adherence, each exercise's tally, the
 * person's notes, and the red flags at the end.
 */
public final class ProgressReport {

    /** Whose report, when it was made, and its figures. */
    public record Data(String person, LocalDate made, ProgressFigures figures) {
    }

    private final Messages i18n;

    public ProgressReport(Messages i18n) {
        this.i18n = i18n;
    }

    public byte[] write(Data data, Locale locale) throws IOException {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        ProgressFigures f = data.figures();
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = font(doc, "/assets/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "/assets/fonts/DejaVuSans-Bold.ttf");
            ReportWords words = new ReportWords(i18n, locale);
            ReportCharts charts = new ReportCharts(regular);
            try (PdfCursor page = new PdfCursor(doc, HandoutWriter.paperFor(locale),
                    new PdfFonts(doc, SystemFonts::fallback))) {
                page.text(i18n.get("report.title"), bold, 20, 0);
                page.text(i18n.get("report.meta", data.person(), f.filter().from().format(date),
                        f.filter().to().format(date), data.made().format(date)), regular, 10.5f, 0);
                page.text(f.filter().routineName() == null ? i18n.get("history.filter.allRoutines")
                        : i18n.get("report.routine", f.filter().routineName()), regular, 10.5f, 0);
                page.down(10);
                for (String line : words.summary(f)) {
                    page.text(line, regular, 10.5f, 0);
                }
                page.down(12);
                heading(page, bold, i18n.get("report.minutes." + f.period().name()));
                List<String> labels = words.periodLabels(f.secondsPer().keySet(), f.period());
                charts.bars(page, labels, f.secondsPer().values().stream().map(s -> s / 60.0).toList(), 0, 0,
                        words::minutes);
                page.down(8);
                heading(page, bold, i18n.get("history.pain.title"));
                legend(page, regular, charts);
                charts.painLines(page, f.filter().from(), f.filter().to(), points(f.days(), true),
                        points(f.days(), false), DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                        words::pain);
                if (f.days().stream().noneMatch(d -> d.painBefore() != null || d.painAfter() != null)) {
                    page.text(i18n.get("report.noPain"), regular, 9, 0);
                }
                page.down(8);
                adherence(page, bold, regular, charts, words, f, labels);
                ReportTables tables = new ReportTables(i18n, regular, bold, locale);
                tables.exercises(page, f.exercises());
                tables.notes(page, f.notes(), f.totals().notes(), date);
                page.down(14);
                new SafetyBox(i18n, regular, bold).redFlags(page);
            }
            int pages = doc.getNumberOfPages();
            PageNumbers.add(doc, regular, n -> i18n.get("handout.page", n, pages));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void adherence(PdfCursor page, PDFont bold, PDFont regular, ReportCharts charts, ReportWords words,
            ProgressFigures f, List<String> labels) throws IOException {
        heading(page, bold, i18n.get("report.adherence." + f.period().name()));
        if (f.adherence().planned() == 0) {
            page.text(i18n.get("report.noPlan"), regular, 9.5f, 0);
            page.down(8);
            return;
        }
        List<Double> percents = new ArrayList<>();
        for (Map.Entry<LocalDate, Adherence> e : f.adherencePer().entrySet()) {
            percents.add(e.getValue().planned() == 0 ? null : (double) e.getValue().percent());
        }
        charts.bars(page, labels, percents, 100, 25, words::percent);
        page.text(i18n.get("history.adherence.rule"), regular, 9, 0);
        page.down(8);
    }

    private static void heading(PdfCursor page, PDFont bold, String text) throws IOException {
        page.need(ReportCharts.HEIGHT + 40);
        page.text(text, bold, 12, 0);
        page.down(2);
    }

    private void legend(PdfCursor page, PDFont regular, ReportCharts charts) throws IOException {
        String before = i18n.get("history.pain.before");
        String after = i18n.get("history.pain.after");
        var s = page.stream();
        float y = page.y() - 8;
        float x = PdfCursor.MARGIN + 30;
        s.saveGraphicsState();
        for (int i = 0; i < 2; i++) {
            float[] rgb = i == 0 ? ReportCharts.BEFORE : ReportCharts.AFTER;
            String text = i == 0 ? before : after;
            s.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            s.addRect(x, y + 1, 14, 3);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
            s.beginText();
            s.setFont(regular, 9);
            s.newLineAtOffset(x + 18, y);
            s.showText(text);
            s.endText();
            x += 30 + regular.getStringWidth(text) / 1000 * 9;
        }
        s.restoreGraphicsState();
        page.down(12);
    }

    private static List<ReportCharts.Point> points(List<HistoryFigures.Day> days, boolean before) {
        List<ReportCharts.Point> points = new ArrayList<>();
        for (HistoryFigures.Day day : days) {
            Double value = before ? day.painBefore() : day.painAfter();
            if (value != null) {
                points.add(new ReportCharts.Point(day.date(), value));
            }
        }
        return points;
    }

    static String number(double value, int decimals, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = ProgressReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing");
            }
            return PDType0Font.load(doc, in);
        }
    }
}
