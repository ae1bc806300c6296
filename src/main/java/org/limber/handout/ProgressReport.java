package org.limber.handout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.limber.history.SessionSummary;
import org.limber.history.Streaks;
import org.limber.i18n.Messages;
import org.limber.routine.Durations;

/** A PDF for the physiotherapist: a person's sessions over a date range, with its charts and figures. */
public final class ProgressReport {

    /** What the report covers. */
    public record Data(String person, LocalDate from, LocalDate to, LocalDate made, List<SessionSummary> sessions,
            Map<LocalDate, Integer> minutesPerWeek, Streaks streaks) {
    }

    private final Messages i18n;

    public ProgressReport(Messages i18n) {
        this.i18n = i18n;
    }

    public byte[] write(Data data, Locale locale) throws IOException {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = font(doc, "/assets/fonts/DejaVuSans.ttf");
            PDFont bold = font(doc, "/assets/fonts/DejaVuSans-Bold.ttf");
            try (PdfCursor page = new PdfCursor(doc, HandoutWriter.paperFor(locale))) {
                page.text(i18n.get("report.title"), bold, 20, 0);
                page.text(i18n.get("report.meta", data.person(), data.from().format(date), data.to().format(date),
                        data.made().format(date)), regular, 10.5f, 0);
                page.down(10);
                for (String line : summary(data)) {
                    page.text(line, regular, 10.5f, 0);
                }
                page.down(10);
                page.need(170);
                page.text(i18n.get("history.minutes.title"), bold, 12, 0);
                Charts.bars(page.stream(), PdfCursor.MARGIN, page.y() - 130, page.width(), 120,
                        new ArrayList<>(data.minutesPerWeek().values()));
                page.down(140);
                page.need(170);
                page.text(i18n.get("history.pain.title"), bold, 12, 0);
                List<SessionSummary> chronological = new ArrayList<>(data.sessions());
                java.util.Collections.reverse(chronological);
                Charts.painLines(page.stream(), PdfCursor.MARGIN, page.y() - 130, page.width(), 120, chronological);
                page.down(140);
                page.text(i18n.get("report.legend"), regular, 9, 0);
                page.down(10);
                page.text(i18n.get("history.sessions"), bold, 12, 0);
                for (SessionSummary s : data.sessions()) {
                    page.text(i18n.get("report.row", s.date().format(date), s.routineName(),
                            Durations.clock(s.doneSeconds() * 1000L), s.completionPercent(),
                            s.painBefore() == null ? "\u2013" : s.painBefore(),
                            s.painAfter() == null ? "\u2013" : s.painAfter(),
                            s.hurtSteps() > 0 ? i18n.get("report.hurt") : ""), regular, 9.5f, 0);
                }
                page.down(14);
                new SafetyBox(i18n, regular, bold, text -> text).redFlags(page);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private List<String> summary(Data data) {
        List<SessionSummary> s = data.sessions();
        int minutes = s.stream().mapToInt(SessionSummary::doneSeconds).sum() / 60;
        long completed = s.stream().filter(x -> x.outcome() == org.limber.history.SessionOutcome.COMPLETED).count();
        long hurt = s.stream().filter(x -> x.hurtSteps() > 0).count();
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("report.sessions", s.size(), completed, minutes));
        lines.add(i18n.get("report.streak", data.streaks().current(), data.streaks().longest()));
        lines.add(i18n.get("report.painAverage", average(s, true), average(s, false)));
        lines.add(i18n.get("report.hurtCount", hurt));
        return lines;
    }

    private static String average(List<SessionSummary> sessions, boolean before) {
        return sessions.stream().map(s -> before ? s.painBefore() : s.painAfter()).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).average().stream()
                .mapToObj(a -> String.format(Locale.ROOT, "%.1f", a)).findFirst().orElse("\u2013");
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = ProgressReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font " + resource + " is missing");
            }
            return PDType0Font.load(doc, in);
        }
    }

    /** Simple vector charts. */
    static final class Charts {

        private Charts() {
        }

        static void bars(PDPageContentStream s, float x, float y, float width, float height, List<Integer> values)
                throws IOException {
            axes(s, x, y, width, height);
            int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
            float slot = width / Math.max(1, values.size());
            s.setNonStrokingColor(0.18f, 0.62f, 0.56f);
            for (int i = 0; i < values.size(); i++) {
                float h = height * values.get(i) / max;
                s.addRect(x + i * slot + slot * 0.15f, y, slot * 0.7f, h);
            }
            s.fill();
        }

        static void painLines(PDPageContentStream s, float x, float y, float width, float height,
                List<SessionSummary> sessions) throws IOException {
            axes(s, x, y, width, height);
            line(s, x, y, width, height, sessions.stream().map(SessionSummary::painBefore).toList(), 0.9f, 0.4f, 0.2f);
            line(s, x, y, width, height, sessions.stream().map(SessionSummary::painAfter).toList(), 0.2f, 0.45f, 0.8f);
        }

        private static void line(PDPageContentStream s, float x, float y, float width, float height, List<Integer> pain,
                float r, float g, float b) throws IOException {
            s.setStrokingColor(r, g, b);
            s.setLineWidth(1.5f);
            float step = width / Math.max(1, pain.size() - 1);
            boolean drawing = false;
            for (int i = 0; i < pain.size(); i++) {
                Integer p = pain.get(i);
                if (p == null) {
                    continue;
                }
                float px = x + i * step;
                float py = y + height * p / 10f;
                if (drawing) {
                    s.lineTo(px, py);
                } else {
                    s.moveTo(px, py);
                    drawing = true;
                }
            }
            if (drawing) {
                s.stroke();
            }
        }

        private static void axes(PDPageContentStream s, float x, float y, float width, float height) throws IOException {
            s.setStrokingColor(0.7f, 0.7f, 0.7f);
            s.setLineWidth(0.8f);
            s.moveTo(x, y + height);
            s.lineTo(x, y);
            s.lineTo(x + width, y);
            s.stroke();
        }
    }
}
