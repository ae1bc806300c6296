package org.limber.ui.history;

import java.time.Clock;
import java.time.LocalDate;
import org.limber.history.Periods;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.handout.ProgressReport;
import org.limber.history.HistoryFigures;
import org.limber.history.HistoryStore;
import org.limber.history.Insights;
import org.limber.history.ProgressFigures;
import org.limber.history.SessionSummary;
import org.limber.history.Streaks;
import org.limber.history.WeeklyMinutes;
import org.limber.io.AtomicFiles;
import org.limber.plan.PlanStore;
import org.limber.profile.Profile;
import org.limber.ui.common.Busy;
import org.limber.ui.common.Failure;
import org.limber.ui.common.FileActions;
import org.limber.ui.common.SessionsFocus;

/** The history page: the last twelve months of sessions, streaks and the figures behind the charts. */
public final class HistoryViewModel {

    /** What one load brings back from the database, made off the FX thread. */
    public record Snapshot(List<SessionSummary> sessions, Map<LocalDate, Integer> secondsPerDay,
            Map<LocalDate, Integer> minutesPerWeek, Streaks streaks, LocalDate from, LocalDate to,
            Optional<Insights.Reason> insight, List<HistoryStore.Profile> profiles) {
    }

    static final int PAGE = 2000;
    private boolean syncing;

    private final HistoryStore store;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final SessionRows table = new SessionRows();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> routine = new SimpleObjectProperty<>();
    private final ObjectProperty<HistoryStore.Profile> profile = new SimpleObjectProperty<>();
    private final ObservableList<String> routineNames = FXCollections.observableArrayList();
    private final ObservableList<HistoryStore.Profile> profiles = FXCollections.observableArrayList();
    private final String defaultProfile;
    private final String meName;
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private final Busy loading = new Busy();
    private final ObjectProperty<Failure> error = new SimpleObjectProperty<>();
    private final PlanStore plans;
    private final HistoryFigures figuresStore;
    private final ObjectProperty<ProgressFigures> figures = new SimpleObjectProperty<>();
    private int figuresAsked;
    private final CsvExport export;

    /**
     * {@code figures} counts over any range (the totals, charts and report, the streamed CSV);
     * {@code plans} gives how much of the plans was kept (adherence).
     */
    public HistoryViewModel(HistoryStore store, HistoryFigures figures, PlanStore plans, BackgroundExecutor executor,
            Clock clock, Supplier<String> profileId) {
        this(store, figures, plans, executor, clock, profileId, null);
    }

    /** {@code meName}: the built-in profile's name in the language shown ("Me", "Ich"), whatever its row stores. */
    public HistoryViewModel(HistoryStore store, HistoryFigures figures, PlanStore plans, BackgroundExecutor executor,
            Clock clock, Supplier<String> profileId, String meName) {
        this.meName = meName;
        this.store = store;
        this.figuresStore = figures;
        this.plans = plans;
        this.executor = executor;
        this.clock = clock;
        this.defaultProfile = profileId.get();
        this.export = new CsvExport(figures, executor, clock.getZone());
        routine.addListener((obs, old, now) -> {
            table.routine(now, !syncing); // one chosen: every session of it again
            if (!syncing && snapshot.get() != null) {
                loadFigures(snapshot.get().from(), snapshot.get().to());
            }
        });
        ChangeListener<Object> reload = (obs, old, now) -> {
            if (!syncing) {
                table.focus(null); // other days or another person: the whole history again
                load();
            }
        };
        from.addListener(reload);
        to.addListener(reload);
        profile.addListener(reload);
    }

    private String profileId() {
        return profile.get() == null ? defaultProfile : profile.get().id();
    }

    /** Loads the chosen profile's sessions between the chosen dates (the last twelve months at first). */
    public void load() {
        String who = profileId();
        LocalDate today = LocalDate.now(clock);
        LocalDate until = to.get() == null ? today : to.get();
        LocalDate since = from.get() == null ? until.minusMonths(12).plusDays(1) : from.get();
        LocalDate first = since.isAfter(until) ? until : since;
        executor.submit(() -> {
            List<SessionSummary> rows = store.sessions(who, first, until, PAGE, 0);
            Map<LocalDate, Integer> days = store.secondsPerDay(who, first, until);
            return new Snapshot(rows, days, WeeklyMinutes.of(days, first, until),
                    Streaks.of(store.activeDays(who), today), first, until, Insights.check(rows), store.profiles().stream()
                    .map(p -> new HistoryStore.Profile(p.id(), Profile.shownName(p.id(), p.name(), meName))).toList());
        }, result -> {
            syncing = true;
            try {
                if (!profiles.equals(result.profiles())) {
                    profiles.setAll(result.profiles());
                }
                if (profile.get() == null) {
                    result.profiles().stream().filter(p -> p.id().equals(who)).findFirst().ifPresent(profile::set);
                }
                if (from.get() == null) {
                    from.set(first);
                    to.set(until);
                }
            } finally {
                syncing = false;
            }
            table.setAll(result.sessions());
            routineNames.setAll(result.sessions().stream().map(SessionSummary::routineName).distinct().sorted().toList());
            if (routine.get() != null && !routineNames.contains(routine.get())) {
                routine.set(null);
            }
            snapshot.set(result);
            loadFigures(first, until);
            error.set(null);
        }, e -> error.set(Failure.of("history.error", e)), loading.start());
    }

    /** Shows that person's sessions on those days, only the ones named, until anything else is chosen. */
    public void focus(SessionsFocus sessionsOf) {
        syncing = true;
        try {
            profile.set(new HistoryStore.Profile(sessionsOf.profileId(), sessionsOf.profileName()));
            from.set(sessionsOf.from());
            to.set(sessionsOf.to());
            routine.set(null);
            table.focus(sessionsOf);
        } finally {
            syncing = false;
        }
        load();
    }

    /** Every session of the chosen days again, after {@link #focus}. */
    public void showAll() { table.focus(null); }

    /** Reads the figures of the chosen person, dates and routine (the totals, charts and the report's content). */
    private void loadFigures(LocalDate first, LocalDate until) {
        HistoryFigures.Filter filter = new HistoryFigures.Filter(profileId(), first, until, routine.get());
        LocalDate today = LocalDate.now(clock);
        int asked = ++figuresAsked;
        executor.submit(() -> ProgressFigures.load(figuresStore, store, plans, filter, today), result -> {
            if (asked == figuresAsked) {
                figures.set(result);
            }
        }, e -> error.set(Failure.of("history.error", e)), loading.start());
    }

    /**
     * The export of what is shown (person, dates, routine) as two CSV files into the folder it is
     * given, streamed a month at a time (see {@link CsvExport}); reports the folder. Null while
     * nothing is shown. Made and started on the FX thread.
     */
    public FileActions.Steps csvExport() {
        Snapshot shown = snapshot.get();
        if (shown == null) {
            return null;
        }
        HistoryFigures.Filter filter = new HistoryFigures.Filter(profileId(), shown.from(), shown.to(), routine.get());
        return (folder, done, failed) -> export.start(folder, filter, written -> done.accept(folder), failed);
    }

    /** 0 to 1 while a CSV export runs, -1 otherwise. */
    public ReadOnlyDoubleProperty exportProgressProperty() {
        return export.progressProperty();
    }

    /** The steps of one session, for its detail view. */
    public void loadSteps(String sessionId, Consumer<List<HistoryStore.StepSummary>> show) {
        executor.submit(() -> store.steps(sessionId), show, e -> error.set(Failure.of("history.error", e)));
    }

    /**
     * The writing of the PDF progress report of what is shown (person, dates, routine filter), from
     * the same figures as the page; null until they are read.
     */
    public FileActions.Write progressReport(ProgressReport writer, Locale locale) {
        ProgressFigures shown = figures.get();
        if (shown == null) {
            return null;
        }
        String person = profile.get() == null ? defaultProfile : profile.get().name();
        ProgressReport.Data data = new ProgressReport.Data(person, LocalDate.now(clock), shown);
        return target -> {
            AtomicFiles.write(target, writer.write(data, locale));
            return target;
        };
    }

    /** The figures of the chosen person, dates and routine; null until read. */
    public ReadOnlyObjectProperty<ProgressFigures> figuresProperty() {
        return figures;
    }

    /** The name offered for the progress report. */
    public String reportFileName() {
        return "limber-progress-" + LocalDate.now(clock) + ".pdf";
    }

    /** A failure to show in place (a file that could not be written). */
    public void fail(Failure failure) {
        error.set(failure);
    }

    public FilteredList<SessionSummary> sessions() {
        return table.shown();
    }

    /** True when the snapshot is the range the page opens with, the twelve months up to today. */
    public boolean showsLastTwelveMonths(Snapshot snap) {
        return Periods.lastTwelveMonths(snap.from(), snap.to(), LocalDate.now(clock));
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<String> routineProperty() { return routine; }
    public ObjectProperty<HistoryStore.Profile> profileProperty() { return profile; }
    /** The sessions the table is narrowed to by {@link #focus}; null: all of the days'. */
    public ReadOnlyObjectProperty<SessionsFocus> focusProperty() { return table.focusProperty(); }
    public ObservableList<String> routineNames() { return routineNames; }
    public ObservableList<HistoryStore.Profile> profiles() { return profiles; }
    public ObjectProperty<Snapshot> snapshotProperty() { return snapshot; }
    public BooleanBinding loadingProperty() { return loading.busy(); }
    public ReadOnlyObjectProperty<Failure> errorProperty() { return error; }
}
