package org.limber.handout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.limber.history.HistoryFigures;
import org.limber.history.ProgressFigures;
import org.limber.history.SpokenTime;
import org.limber.i18n.Messages;

/** The report's sentences and numbers, with plurals and decimals as the language writes them. */
final class ReportWords {

    private final Messages i18n;
    private final Locale locale;

    ReportWords(Messages i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    List<String> summary(ProgressFigures f) {
        HistoryFigures.Totals t = f.totals();
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("report.sessions", t.sessions(), t.completed(), t.partlyDone(), t.stopped(), t.interrupted()));
        lines.add(i18n.get("report.time", duration(t.doneSeconds())));
        lines.add(i18n.get("report.streak", f.streaks().current(), f.streaks().longest()));
        lines.add(i18n.get("report.painAverage", average(t.painBefore()), average(t.painAfter())));
        lines.add(i18n.get("report.hurtCount", t.hurtSessions()));
        if (f.adherence().planned() > 0) {
            lines.add(i18n.get("report.adherence", f.adherence().done(), f.adherence().planned(),
                    f.adherence().percent()));
        }
        return lines;
    }

    String duration(long seconds) {
        return SpokenTime.of(i18n, seconds);
    }

    private String average(Double value) {
        return value == null ? "\u2013" : ProgressReport.number(value, 1, locale);
    }

    String minutes(double value) {
        return ProgressReport.number(value, value != 0 && value < 10 && value != Math.rint(value) ? 1 : 0, locale);
    }

    String pain(double value) {
        return ProgressReport.number(value, value == Math.rint(value) ? 0 : 1, locale);
    }

    String percent(double value) {
        return ProgressReport.number(value, 0, locale) + " %";
    }

    /** A short label for each week (its Monday), month or year. */
    List<String> periodLabels(Collection<LocalDate> starts, ProgressFigures.Period period) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(switch (period) {
            case WEEK -> "d MMM";
            case MONTH -> "MMM yy";
            case YEAR -> "yyyy";
        }, locale);
        return starts.stream().map(d -> d.format(format)).toList();
    }
}
