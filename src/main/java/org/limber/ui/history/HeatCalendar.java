package org.limber.ui.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.shape.Rectangle;
import org.limber.history.Periods;
import org.limber.history.WeeklyMinutes;
import org.limber.i18n.Messages;

/** A year at a glance: one square a day, darker for more minutes, weeks as columns. */
final class HeatCalendar extends GridPane {

    private static final double CELL = 12;
    private static final double SMALLEST = 5;
    private double columns;
    private double across = 1;

    HeatCalendar() {
        setId("history-calendar");
        setHgap(3);
        setVgap(3);
        getStyleClass().add("heat-calendar");
        widthProperty().addListener((obs, old, now) -> fitCells(now.doubleValue()));
    }

    /** Narrower than a year of full-size squares (a small window, a wide rail at a large text): the squares shrink. */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + columns * (SMALLEST * across + getHgap());
    }

    private void fitCells(double width) {
        if (columns == 0 || width <= 0) {
            return;
        }
        double room = width - snappedLeftInset() - snappedRightInset() - getHgap() * (columns - 1);
        double cell = Math.max(SMALLEST, Math.min(CELL, Math.floor(room / columns / across)));
        for (Node n : getChildren()) {
            if (n instanceof Rectangle r) {
                r.setWidth(cell * across);
                r.setHeight(cell);
            }
        }
    }

    /** Days (weeks as columns) for a year or so; for a longer range, months (years as rows). */
    void show(Map<LocalDate, Integer> secondsPerDay, LocalDate from, LocalDate to, Messages i18n, Locale locale) {
        getChildren().clear();
        if (Periods.grain(from, to) != Periods.Grain.WEEK) {
            showMonths(Periods.monthly(secondsPerDay, from, to), from, i18n, locale);
            columns = 12;
            across = 2;
            fitCells(getWidth());
            return;
        }
        columns = ChronoUnit.WEEKS.between(WeeklyMinutes.monday(from), WeeklyMinutes.monday(to)) + 1;
        across = 1;
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        LocalDate firstMonday = WeeklyMinutes.monday(from);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int column = (int) (ChronoUnit.WEEKS.between(firstMonday, WeeklyMinutes.monday(day)));
            int row = day.getDayOfWeek().getValue() - 1;
            int minutes = (secondsPerDay.getOrDefault(day, 0) + 30) / 60;
            Rectangle cell = new Rectangle(CELL, CELL);
            cell.setArcWidth(3);
            cell.setArcHeight(3);
            cell.getStyleClass().addAll("heat-cell", "heat-" + level(minutes, secondsPerDay.containsKey(day)));
            Tooltip.install(cell, new Tooltip(i18n.get("history.calendar.day", day.format(format), minutes)));
            add(cell, column, row);
        }
        fitCells(getWidth());
    }

    private void showMonths(Map<LocalDate, Integer> minutesPerMonth, LocalDate from, Messages i18n, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        minutesPerMonth.forEach((month, minutes) -> {
            Rectangle cell = new Rectangle(CELL * 2, CELL);
            cell.setArcWidth(3);
            cell.setArcHeight(3);
            int perDay = minutes / month.lengthOfMonth();
            cell.getStyleClass().addAll("heat-cell", "heat-" + level(Math.max(perDay, minutes > 0 ? 1 : 0), minutes > 0));
            Tooltip.install(cell, new Tooltip(i18n.get("history.calendar.day", month.format(format), minutes)));
            add(cell, month.getMonthValue() - 1, month.getYear() - from.getYear());
        });
    }

    static int level(int minutes, boolean active) {
        if (!active) {
            return 0;
        }
        if (minutes < 5) {
            return 1;
        }
        if (minutes < 12) {
            return 2;
        }
        return minutes < 25 ? 3 : 4;
    }
}
