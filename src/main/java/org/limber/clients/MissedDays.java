package org.limber.clients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.limber.results.ResultSession;

/** Runs of planned days without any session: days the plans do not ask for neither count nor break a run. */
final class MissedDays {

    private final PlannedDays planned;
    private final int runLength;

    MissedDays(PlannedDays planned, int runLength) {
        this.planned = planned;
        this.runLength = runLength;
    }

    List<Alert> alerts(List<ResultSession> sessions, LocalDate through) {
        LocalDate first = planned.firstStart();
        List<Alert> alerts = new ArrayList<>();
        if (first == null || first.isAfter(through)) {
            return alerts;
        }
        Set<LocalDate> done = new HashSet<>();
        sessions.forEach(s -> done.add(s.date()));
        List<LocalDate> run = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(through); day = day.plusDays(1)) {
            if (!planned.planned(day)) {
                continue;
            }
            if (done.contains(day)) {
                close(run, alerts);
            } else {
                run.add(day);
            }
        }
        close(run, alerts);
        return alerts;
    }

    private void close(List<LocalDate> run, List<Alert> into) {
        if (run.size() >= runLength) {
            LocalDate from = run.get(0);
            LocalDate to = run.get(run.size() - 1);
            into.add(new Alert(Alert.Kind.MISSED, "alerts.missed", List.of(run.size(), from, to), List.of(), from, to));
        }
        run.clear();
    }
}
