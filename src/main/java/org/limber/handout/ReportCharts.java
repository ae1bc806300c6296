package org.limber.handout;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The report's vector charts: each has a y axis with ticks and values, an x axis with dates, and
 * its data (the value on each bar when there is room). Every chart draws inside a saved graphics
 * state, so no colour or line width leaks into the text that follows.
 */
final class ReportCharts {

    static final float PLOT = 110;
    static final float HEIGHT = PLOT + 34;
    private static final float LEFT = 30;
    private static final float TICK = 6.5f;
    private static final float[] TEAL = {0.13f, 0.5f, 0.46f};
    static final float[] BEFORE = {0.85f, 0.4f, 0.1f};
    static final float[] AFTER = {0.15f, 0.4f, 0.8f};

    /** One data point of a line chart. */
    record Point(LocalDate day, double value) {
    }

    private final PDFont font;

    ReportCharts(PDFont font) {
        this.font = font;
    }

    /** Bars over {@code labels}; a null value draws no bar. {@code top} and {@code step} 0 scale to the data. */
    void bars(PdfCursor page, List<String> labels, List<Double> values, double top, double step,
            DoubleFunction<String> text)
            throws IOException {
        page.need(HEIGHT);
        PDPageContentStream s = page.stream();
        float x0 = PdfCursor.MARGIN + LEFT;
        float width = page.width() - LEFT - 4;
        float y0 = page.y() - 8 - PLOT;
        double max = top > 0 ? top : niceTop(values.stream().filter(v -> v != null).mapToDouble(v -> v).max().orElse(0));
        s.saveGraphicsState();
        yAxis(s, x0, y0, width, max, step > 0 ? step : niceStep(max), text);
        float slot = width / Math.max(1, values.size());
        int every = every(labels, slot);
        for (int i = 0; i < values.size(); i++) {
            float cx = x0 + slot * i + slot / 2;
            Double v = values.get(i);
            if (v != null) {
                float h = (float) (PLOT * Math.min(v, max) / max);
                s.setNonStrokingColor(TEAL[0], TEAL[1], TEAL[2]);
                float bar = Math.min(slot * 0.7f, 48);
                s.addRect(cx - bar / 2, y0, bar, h);
                s.fill();
                String value = text.apply(v);
                if (width(value) + 3 <= slot) {
                    label(s, value, cx - width(value) / 2, y0 + h + 2, 0.15f);
                }
            }
            if (i % every == 0) {
                label(s, labels.get(i), cx - width(labels.get(i)) / 2, y0 - 10, 0.25f);
                tick(s, cx, y0);
            }
        }
        xAxis(s, x0, y0, width);
        s.restoreGraphicsState();
        page.down(HEIGHT);
    }

    /** Lines of daily values from {@code from} to {@code to} on a 0 to 10 scale, one point per day. */
    void painLines(PdfCursor page, LocalDate from, LocalDate to, List<Point> before, List<Point> after,
            DateTimeFormatter dates, DoubleFunction<String> text) throws IOException {
        page.need(HEIGHT);
        PDPageContentStream s = page.stream();
        float x0 = PdfCursor.MARGIN + LEFT;
        float width = page.width() - LEFT - 10;
        float y0 = page.y() - 8 - PLOT;
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        s.saveGraphicsState();
        yAxis(s, x0, y0, width, 10, 2, text);
        int labels = 6;
        for (int i = 0; i < labels; i++) {
            LocalDate day = from.plusDays(Math.round((double) span * i / (labels - 1)));
            float x = x(day, from, span, x0, width);
            String date = day.format(dates);
            float left = Math.max(x0 - LEFT, Math.min(x - width(date) / 2, x0 + width + 8 - width(date)));
            label(s, date, left, y0 - 10, 0.25f);
            tick(s, x, y0);
        }
        boolean values = before.size() + after.size() <= 24;
        series(s, before, from, span, x0, y0, width, BEFORE, values ? text : null, 3);
        series(s, after, from, span, x0, y0, width, AFTER, values ? text : null, -9);
        xAxis(s, x0, y0, width);
        s.restoreGraphicsState();
        page.down(HEIGHT);
    }

    private void series(PDPageContentStream s, List<Point> points, LocalDate from, long span, float x0, float y0,
            float width, float[] rgb, DoubleFunction<String> text, float valueOffset) throws IOException {
        if (points.isEmpty()) {
            return;
        }
        s.setStrokingColor(rgb[0], rgb[1], rgb[2]);
        s.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        s.setLineWidth(1.4f);
        for (int i = 0; i < points.size(); i++) {
            float px = x(points.get(i).day(), from, span, x0, width);
            float py = y0 + (float) (PLOT * points.get(i).value() / 10);
            if (i == 0) {
                s.moveTo(px, py);
            } else {
                s.lineTo(px, py);
            }
        }
        s.stroke();
        float radius = points.size() > 120 ? 0.9f : 1.9f;
        for (Point p : points) {
            float px = x(p.day(), from, span, x0, width);
            float py = y0 + (float) (PLOT * p.value() / 10);
            s.addRect(px - radius, py - radius, 2 * radius, 2 * radius);
            s.fill();
            if (text != null) {
                String value = text.apply(p.value());
                text(s, value, px - width(value) / 2, py + valueOffset, rgb);
            }
        }
    }

    private static float x(LocalDate day, LocalDate from, long span, float x0, float width) {
        return x0 + width * ChronoUnit.DAYS.between(from, day) / span;
    }

    private void yAxis(PDPageContentStream s, float x0, float y0, float width, double max, double step,
            DoubleFunction<String> text) throws IOException {
        for (double v = 0; v <= max + 1e-9; v += step) {
            float y = y0 + (float) (PLOT * v / max);
            s.setStrokingColor(0.88f, 0.88f, 0.88f);
            s.setLineWidth(0.5f);
            s.moveTo(x0, y);
            s.lineTo(x0 + width, y);
            s.stroke();
            s.setStrokingColor(0.3f, 0.3f, 0.3f);
            s.moveTo(x0 - 3, y);
            s.lineTo(x0, y);
            s.stroke();
            String value = text.apply(v);
            label(s, value, x0 - 5 - width(value), y - TICK / 3, 0.25f);
        }
        s.setStrokingColor(0.3f, 0.3f, 0.3f);
        s.setLineWidth(0.8f);
        s.moveTo(x0, y0);
        s.lineTo(x0, y0 + PLOT);
        s.stroke();
    }

    private static void xAxis(PDPageContentStream s, float x0, float y0, float width) throws IOException {
        s.setStrokingColor(0.3f, 0.3f, 0.3f);
        s.setLineWidth(0.8f);
        s.moveTo(x0, y0);
        s.lineTo(x0 + width, y0);
        s.stroke();
    }

    private static void tick(PDPageContentStream s, float x, float y0) throws IOException {
        s.setStrokingColor(0.3f, 0.3f, 0.3f);
        s.setLineWidth(0.6f);
        s.moveTo(x, y0);
        s.lineTo(x, y0 - 3);
        s.stroke();
    }

    private int every(List<String> labels, float slot) throws IOException {
        float widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, width(label));
        }
        return Math.max(1, (int) Math.ceil((widest + 6) / slot));
    }

    private void label(PDPageContentStream s, String text, float x, float y, float grey) throws IOException {
        text(s, text, x, y, new float[] {grey, grey, grey});
    }

    private void text(PDPageContentStream s, String text, float x, float y, float[] rgb) throws IOException {
        s.beginText();
        s.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        s.setFont(font, TICK);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    float width(String text) throws IOException {
        return font.getStringWidth(text) / 1000 * TICK;
    }

    /** A round top for the axis: 1, 2 or 5 times a power of ten, at least the largest value. */
    static double niceTop(double max) {
        if (max <= 0) {
            return 1;
        }
        double step = niceStep(max);
        return Math.ceil(max / step - 1e-9) * step;
    }

    /** A tick step giving about four ticks up to {@code max}. */
    static double niceStep(double max) {
        double raw = Math.max(max, 1e-9) / 4;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= m * power + 1e-12) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
