package org.limber.ui.history;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.limber.history.HistoryFigures;
import org.limber.history.ProgressFigures;
import org.limber.i18n.Messages;

/**
 * Minutes per week, month or year, and pain and share done per day: one point per day (the day's sessions
 * averaged), labelled with a plain date, the number of sessions in each point's tooltip.
 */
final class HistoryCharts {

    static final int DAYS = 30;

    private final Messages i18n;
    private final DateTimeFormatter day;
    private final BarChart<String, Number> minutes;
    private final LineChart<String, Number> pain;
    private final LineChart<String, Number> completion;
    private static final double GAP = 16;
    private final FlowPane node;

    HistoryCharts(Messages i18n) {
        this.i18n = i18n;
        this.day = DateTimeFormatter.ofPattern("d MMM", i18n.locale());
        NumberAxis minutesAxis = new NumberAxis();
        minutesAxis.setLabel(i18n.get("history.minutes"));
        minutes = new BarChart<>(new CategoryAxis(), minutesAxis);
        minutes.setId("history-minutes-chart");
        minutes.setTitle(i18n.get("history.minutes.title"));
        minutes.setLegendVisible(false);
        minutes.setCategoryGap(6);
        minutes.setBarGap(0);
        NumberAxis painAxis = new NumberAxis(0, 10, 2);
        painAxis.setLabel(i18n.get("history.pain"));
        pain = new LineChart<>(new CategoryAxis(), painAxis);
        pain.setId("history-pain-chart");
        pain.setTitle(i18n.get("history.pain.title"));
        NumberAxis percent = new NumberAxis(0, 100, 25);
        percent.setLabel(i18n.get("history.col.completion"));
        completion = new LineChart<>(new CategoryAxis(), percent);
        completion.setId("history-completion-chart");
        completion.setTitle(i18n.get("history.completion.title"));
        completion.setLegendVisible(false);
        node = new FlowPane(GAP, GAP, minutes, pain, completion);
        node.setId("history-charts");
        for (XYChart<String, Number> chart : List.of(minutes, pain, completion)) {
            chart.setAnimated(false);
            // sized in em, so the plot keeps its room (and the axis its label) at every text size
            chart.getStyleClass().add("history-chart");
        }
        node.widthProperty().addListener((obs, old, now) -> share(now.doubleValue()));
    }

    /**
     * Three charts side by side where each gets at least its minimum width (CSS, in em: room
     * for its title), else two or one a row, each as wide as the row allows.
     */
    private void share(double width) {
        double least = minutes.minWidth(-1);
        int perRow = (int) Math.max(1, Math.min(3, Math.floor((width + GAP) / (least + GAP))));
        double each = Math.floor((width - GAP * (perRow - 1)) / perRow);
        for (XYChart<String, Number> chart : List.of(minutes, pain, completion)) {
            chart.setPrefWidth(Math.max(least, each));
        }
    }

    FlowPane node() {
        return node;
    }

    /** The minutes per week, month or year, as the range asks (see {@link RangeViews}). */
    void range(HistoryViewModel.Snapshot snap) {
        RangeViews.minutes(minutes, snap, i18n);
    }

    /** The last thirty days with sessions: pain before and after, and the share of the planned time done. */
    void days(ProgressFigures figures) {
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName(i18n.get("history.pain.before"));
        XYChart.Series<String, Number> after = new XYChart.Series<>();
        after.setName(i18n.get("history.pain.after"));
        XYChart.Series<String, Number> done = new XYChart.Series<>();
        List<HistoryFigures.Day> days = figures == null ? List.of() : figures.days();
        List<HistoryFigures.Day> rated = days.stream().filter(d -> d.painBefore() != null || d.painAfter() != null)
                .toList();
        rated = rated.subList(Math.max(0, rated.size() - DAYS), rated.size());
        for (HistoryFigures.Day d : rated) {
            if (d.painBefore() != null) {
                before.getData().add(point(d, d.painBefore()));
            }
            if (d.painAfter() != null) {
                after.getData().add(point(d, d.painAfter()));
            }
        }
        for (HistoryFigures.Day d : days.subList(Math.max(0, days.size() - DAYS), days.size())) {
            done.getData().add(point(d, d.plannedSeconds() <= 0 ? 0
                    : Math.min(100, Math.round(100.0 * d.doneSeconds() / d.plannedSeconds()))));
        }
        pain.getData().setAll(List.of(before, after));
        completion.getData().setAll(List.of(done));
        NumberFormat number = NumberFormat.getNumberInstance(i18n.locale());
        number.setMaximumFractionDigits(1);
        for (XYChart.Series<String, Number> series : List.of(before, after, done)) {
            for (XYChart.Data<String, Number> point : series.getData()) {
                HistoryFigures.Day d = (HistoryFigures.Day) point.getExtraValue();
                Tooltip.install(point.getNode(), new Tooltip(i18n.get("history.chart.point", d.date().format(day),
                        d.sessions(), number.format(point.getYValue()))));
            }
        }
    }

    private XYChart.Data<String, Number> point(HistoryFigures.Day d, Number value) {
        XYChart.Data<String, Number> point = new XYChart.Data<>(d.date().format(day), value);
        point.setExtraValue(d);
        return point;
    }
}
