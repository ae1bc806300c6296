package org.limber.clients;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.limber.io.StorageException;
import org.limber.results.FollowedPlan;
import org.limber.results.ResultSession;

/** Reads every client's results and works out their overview. Reads the database: call it off the FX thread. */
public final class Clients {

    /** How many of the latest sessions with a pain after the trend shows. */
    public static final int TREND = 14;

    private final ClientsSource source;
    private final ZoneId zone;

    public Clients(ClientsSource source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    /** Every client with imported results, by name, as of {@code today}. */
    public List<ClientOverview> overviews(LocalDate today, AlertThresholds limits) throws StorageException {
        List<ClientOverview> all = new ArrayList<>();
        for (ClientsSource.Client c : source.clients()) {
            List<ResultSession> sessions = source.sessions(c.profileId(), LocalDate.EPOCH, today.plusDays(1));
            all.add(overview(c, sessions, source.plans(c.profileId()), today, limits));
        }
        return all;
    }

    ClientOverview overview(ClientsSource.Client c, List<ResultSession> sessions, List<FollowedPlan> plans,
            LocalDate today, AlertThresholds limits) {
        // planned days count as missed only up to the day before the last import: later ones are not known yet
        LocalDate imported = c.lastImport() == null ? today : LocalDate.ofInstant(c.lastImport(), zone);
        LocalDate through = (imported.isBefore(today) ? imported : today).minusDays(1);
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        PlannedDays planned = new PlannedDays(plans);
        int weekPlanned = 0;
        for (LocalDate d = monday; d.isBefore(monday.plusDays(7)); d = d.plusDays(1)) {
            weekPlanned += planned.sessionsOn(d);
        }
        int weekDone = (int) sessions.stream().filter(s -> !s.date().isBefore(monday) && !s.date().isAfter(today)).count();
        List<Integer> pains = sessions.stream().map(ResultSession::painAfter).filter(p -> p != null).toList();
        List<Integer> trend = pains.subList(Math.max(0, pains.size() - TREND), pains.size());
        LocalDate last = sessions.isEmpty() ? null : sessions.stream().map(ResultSession::date)
                .max(LocalDate::compareTo).orElseThrow();
        return new ClientOverview(c.profileId(), c.name(), last, weekDone, weekPlanned, trend,
                new AlertRules(limits).alerts(sessions, plans, through), ExerciseResult.of(sessions),
                ClientOverview.byId(sessions));
    }
}
