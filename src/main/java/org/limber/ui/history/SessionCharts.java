package org.limber.ui.history;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.chart.XYChart;
import org.limber.history.SessionSummary;
import org.limber.i18n.Messages;

/** The pain and completion charts: the last 30 sessions of the range, whatever its length. */
final class SessionCharts {

    private SessionCharts() {
    }

    /** The date of a session on a chart axis; a second session on the same day gets a mark to stay apart. */
    static String label(List<SessionSummary> sessions, int i, DateTimeFormatter format) {
        SessionSummary s = sessions.get(i);
        return s.date().format(format) + (i > 0 && sessions.get(i - 1).date().equals(s.date()) ? " \u00b7" + i : "");
    }

    static XYChart.Series<String, Number> completionSeries(List<SessionSummary> sessions,
            DateTimeFormatter format) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<SessionSummary> recent = sessions.stream().limit(30).toList();
        for (int i = recent.size() - 1; i >= 0; i--) {
            SessionSummary s = recent.get(i);
            String x = label(recent, i, format);
            series.getData().add(new XYChart.Data<>(x, s.completionPercent()));
        }
        return series;
    }

    static List<XYChart.Series<String, Number>> painSeries(List<SessionSummary> sessions, Messages i18n,
            DateTimeFormatter format) {
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName(i18n.get("history.pain.before"));
        XYChart.Series<String, Number> after = new XYChart.Series<>();
        after.setName(i18n.get("history.pain.after"));
        List<SessionSummary> rated = sessions.stream().filter(s -> s.painBefore() != null || s.painAfter() != null)
                .limit(30).toList();
        for (int i = rated.size() - 1; i >= 0; i--) {
            SessionSummary s = rated.get(i);
            String x = label(rated, i, format);
            if (s.painBefore() != null) {
                before.getData().add(new XYChart.Data<>(x, s.painBefore()));
            }
            if (s.painAfter() != null) {
                after.getData().add(new XYChart.Data<>(x, s.painAfter()));
            }
        }
        return List.of(before, after);
    }
}
