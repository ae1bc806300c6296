package org.limber.ui.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import org.limber.history.Periods;
import org.limber.i18n.Messages;

/** The minutes chart and the calendar's heading follow the chosen range: weeks, months or years. */
final class RangeViews {

    /** Bars of the last weeks shown when the range is a year or so. */
    static final int WEEKS_SHOWN = 16;

    private RangeViews() {
    }

    static void minutes(BarChart<String, Number> chart, HistoryViewModel.Snapshot snap, Messages i18n) {
        Periods.Grain grain = Periods.grain(snap.from(), snap.to());
        Map<LocalDate, Integer> bars = grain == Periods.Grain.WEEK ? snap.minutesPerWeek()
                : Periods.minutes(snap.secondsPerDay(), snap.from(), snap.to(), grain);
        DateTimeFormatter format = switch (grain) {
            case WEEK -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(i18n.locale());
            case MONTH -> DateTimeFormatter.ofPattern("MMM yyyy", i18n.locale());
            case YEAR -> DateTimeFormatter.ofPattern("yyyy", i18n.locale());
        };
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        bars.entrySet().stream().skip(grain == Periods.Grain.WEEK ? Math.max(0, bars.size() - WEEKS_SHOWN) : 0)
                .forEach(b -> series.getData().add(new XYChart.Data<>(b.getKey().format(format), b.getValue())));
        chart.setTitle(i18n.get(grain == Periods.Grain.WEEK ? "history.minutes.title" : "history.minutes.title." + grain.name()));
        chart.getData().setAll(List.of(series));
    }

    static void heading(Label heading, HistoryViewModel.Snapshot snap, boolean lastTwelveMonths, Messages i18n) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        heading.setText(lastTwelveMonths ? i18n.get("history.calendar")
                : i18n.get("history.calendar.range", snap.from().format(format), snap.to().format(format)));
    }
}
