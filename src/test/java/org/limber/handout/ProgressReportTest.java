package org.limber.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.limber.history.SessionSummary;
import org.limber.history.Streaks;
import org.limber.i18n.Messages;

class ProgressReportTest {

    @Test
    void theReportReadsBackWithItsFigures() throws Exception {
        List<SessionSummary> sessions = List.of(
                new SessionSummary("b", "Lower-back yoga", 2000, LocalDate.of(2026, 11, 20), 900, 900, "completed", 4, 2, 0),
                new SessionSummary("a", "Back spasm relief, gentle", 1000, LocalDate.of(2026, 11, 18), 600, 300, "stopped",
                        6, null, 1));
        byte[] pdf = new ProgressReport(new Messages(Locale.UK)).write(new ProgressReport.Data("Ann Example",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22), sessions,
                Map.of(LocalDate.of(2026, 11, 16), 20), new Streaks(0, 1)), Locale.UK);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Progress report", "For: Ann Example", "1 Nov 2026 to 22 Nov 2026");
            assertThat(text).contains("Sessions: 2 (1 completed), 20 minutes of exercise");
            assertThat(text).contains("Average pain before sessions: 5.0; after: 2.0");
            assertThat(text).contains("Sessions in which something hurt: 1");
            assertThat(text).contains("Lower-back yoga", "pain 4 \u2192 2", "pain 6 \u2192 \u2013", "something hurt");
            assertThat(text).contains("Minutes per week", "Pain before and after", "not medical advice");
        }
    }
}
