package org.limber.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.limber.history.Streaks;
import org.limber.history.WeeklyMinutes;
import org.limber.i18n.Messages;
import org.testfx.api.FxToolkit;

/** Issue 17, item 10: ten years of history fit the calendar and the chart, and the heading says the range. */
class RangeViewsTest {

    final Messages i18n = new Messages(Locale.ROOT);
    final LocalDate today = LocalDate.of(2026, 11, 22);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private HistoryViewModel.Snapshot snapshot(LocalDate from) {
        Map<LocalDate, Integer> seconds = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(3)) {
            seconds.put(day, 600);
        }
        return new HistoryViewModel.Snapshot(List.of(), seconds, WeeklyMinutes.of(seconds, from, today),
                Streaks.of(List.of(), today), from, today, Optional.empty(), List.of());
    }

    @Test
    void tenYearsAreShownByMonthAndYearWithTheRangeAsHeading() throws Exception {
        HistoryViewModel.Snapshot snap = snapshot(today.minusYears(10));
        HeatCalendar calendar = new HeatCalendar();
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        Label heading = new Label();
        FxToolkit.setupFixture(() -> {
            calendar.show(snap.secondsPerDay(), snap.from(), snap.to(), i18n, i18n.locale());
            RangeViews.minutes(chart, snap, i18n);
            RangeViews.heading(heading, snap, false, i18n);
        });
        assertThat(calendar.getChildren()).hasSize(121);
        assertThat(calendar.getChildren().stream().mapToInt(n -> GridPane.getColumnIndex(n)).max().orElseThrow())
                .isLessThan(12);
        assertThat(calendar.getChildren().stream().mapToInt(RangeViewsTest::row).max().orElseThrow()).isEqualTo(10);
        assertThat(chart.getData().get(0).getData()).hasSize(11);
        assertThat(chart.getTitle()).isEqualTo(i18n.get("history.minutes.title.YEAR"));
        assertThat(heading.getText()).contains("2016").contains("2026").isNotEqualTo(i18n.get("history.calendar"));
    }

    @Test
    void aYearIsShownDayByDayAndWeekByWeek() throws Exception {
        HistoryViewModel.Snapshot snap = snapshot(today.minusMonths(12).plusDays(1));
        HeatCalendar calendar = new HeatCalendar();
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        Label heading = new Label();
        FxToolkit.setupFixture(() -> {
            calendar.show(snap.secondsPerDay(), snap.from(), snap.to(), i18n, i18n.locale());
            RangeViews.minutes(chart, snap, i18n);
            RangeViews.heading(heading, snap, true, i18n);
        });
        assertThat(calendar.getChildren()).hasSize(365);
        assertThat(chart.getData().get(0).getData()).hasSize(RangeViews.WEEKS_SHOWN);
        assertThat(heading.getText()).isEqualTo(i18n.get("history.calendar"));
    }

    private static int row(Node node) {
        Integer row = GridPane.getRowIndex(node);
        return row == null ? 0 : row;
    }
}
