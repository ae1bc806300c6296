package org.limber.ui.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.limber.concurrent.BackgroundExecutor;
import java.util.Locale;
import java.util.function.Consumer;
import org.limber.handout.ProgressReport;
import org.limber.history.HistoryFigures;
import org.limber.history.ProgressFigures;
import org.limber.history.Insights;
import org.limber.plan.PlanStore;
import org.limber.history.HistoryStore;
import org.limber.history.SessionSummary;
import org.limber.history.Streaks;
import org.limber.history.WeeklyMinutes;
import org.limber.io.AtomicFiles;

/** The history page: the last twelve months of sessions, streaks and the figures behind the charts. */
public final class HistoryViewModel {

    /** What one load brings back from the database, made off the FX thread. */
    public record Snapshot(List<SessionSummary> sessions, Map<LocalDate, Integer> secondsPerDay,
            Map<LocalDate, Integer> minutesPerWeek, Streaks streaks, LocalDate from, LocalDate to,
            Optional<Insights.Reason> insight) {
    }

    static final int PAGE = 2000;
    private volatile List<HistoryStore.Profile> profilesFound = List.of();
    private boolean syncing;

    private final HistoryStore store;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final ObservableList<SessionSummary> loaded = FXCollections.observableArrayList();
    private final FilteredList<SessionSummary> sessions = new FilteredList<>(loaded);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<String> routine = new SimpleObjectProperty<>();
    private final ObjectProperty<HistoryStore.Profile> profile = new SimpleObjectProperty<>();
    private final ObservableList<String> routineNames = FXCollections.observableArrayList();
    private final ObservableList<HistoryStore.Profile> profiles = FXCollections.observableArrayList();
    private final String defaultProfile;
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private PlanStore plans;
    private HistoryFigures figuresStore;
    private final ObjectProperty<ProgressFigures> figures = new SimpleObjectProperty<>();
    private int figuresAsked;
    private CsvExport export;

    public HistoryViewModel(HistoryStore store, BackgroundExecutor executor, Clock clock, Supplier<String> profileId) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.defaultProfile = profileId.get();
        routine.addListener((obs, old, now) -> {
            sessions.setPredicate(now == null ? null : s -> s.routineName().equals(now));
            if (!syncing && snapshot.get() != null) {
                loadFigures(snapshot.get().from(), snapshot.get().to());
            }
        });
        javafx.beans.value.ChangeListener<Object> reload = (obs, old, now) -> {
            if (!syncing) {
                load();
            }
        };
        from.addListener(reload);
        to.addListener(reload);
        profile.addListener(reload);
    }

    /** Where the plans are, for adherence; without it the page shows none. */
    public void setPlans(PlanStore plans) {
        this.plans = plans;
    }

    /** Where the figures over any range come from; without it the page shows no totals and no report. */
    public void setFigures(HistoryFigures figures) {
        this.figuresStore = figures;
        this.export = new CsvExport(figures, executor, clock.getZone());
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
        loading.set(true);
        executor.submit(() -> {
            List<SessionSummary> rows = store.sessions(who, first, until, PAGE, 0);
            Map<LocalDate, Integer> days = store.secondsPerDay(who, first, until);
            profilesFound = store.profiles();
            return new Snapshot(rows, days, WeeklyMinutes.of(days, first, until),
                    Streaks.of(store.activeDays(who), today), first, until, Insights.check(rows));
        }, result -> {
            syncing = true;
            try {
                if (!profiles.equals(profilesFound)) {
                    profiles.setAll(profilesFound);
                }
                if (profile.get() == null) {
                    profilesFound.stream().filter(p -> p.id().equals(who)).findFirst().ifPresent(profile::set);
                }
                if (from.get() == null) {
                    from.set(first);
                    to.set(until);
                }
            } finally {
                syncing = false;
            }
            loaded.setAll(result.sessions());
            routineNames.setAll(result.sessions().stream().map(SessionSummary::routineName).distinct().sorted().toList());
            if (routine.get() != null && !routineNames.contains(routine.get())) {
                routine.set(null);
            }
            snapshot.set(result);
            loadFigures(first, until);
            loading.set(false);
            error.set("");
        }, e -> {
            loading.set(false);
            failed(e);
        });
    }

    /** Reads the figures of the chosen person, dates and routine (the totals and the report's content). */
    private void loadFigures(LocalDate first, LocalDate until) {
        HistoryFigures source = figuresStore;
        if (source == null) {
            return;
        }
        HistoryFigures.Filter filter = new HistoryFigures.Filter(profileId(), first, until, routine.get());
        PlanStore planStore = plans;
        LocalDate today = LocalDate.now(clock);
        int asked = ++figuresAsked;
        executor.submit(() -> ProgressFigures.load(source, store, planStore, filter, today), result -> {
            if (asked == figuresAsked) {
                figures.set(result);
            }
        }, this::failed);
    }

    /** Writes the sessions and steps of what is shown (person, dates, routine) as CSV files, streamed. */
    public void exportCsv(Path folder, Consumer<Path> done) {
        Snapshot shown = snapshot.get();
        if (shown != null && export != null) {
            export.start(folder, new HistoryFigures.Filter(profileId(), shown.from(), shown.to(), routine.get()), done,
                    this::failed);
        }
    }

    /** 0 to 1 while a CSV export runs, -1 otherwise. */
    public ReadOnlyDoubleProperty exportProgressProperty() {
        return export == null ? new SimpleDoubleProperty(-1) : export.progressProperty();
    }

    /** The steps of one session, for its detail view. */
    public void loadSteps(String sessionId, Consumer<List<HistoryStore.StepSummary>> show) {
        executor.submit(() -> store.steps(sessionId), show, this::failed);
    }

    /** Writes the PDF progress report of what is shown (person, dates, routine filter), from the same figures. */
    public void writeReport(Path target, ProgressReport writer, Locale locale, Consumer<Path> done) {
        ProgressFigures shown = figures.get();
        if (shown == null) {
            return;
        }
        String person = profile.get() == null ? defaultProfile : profile.get().name();
        ProgressReport.Data data = new ProgressReport.Data(person, LocalDate.now(clock), shown);
        executor.submit(() -> {
            AtomicFiles.write(target, writer.write(data, locale));
            return target;
        }, done, this::failed);
    }

    /** The figures of the chosen person, dates and routine; null until read. */
    public ObjectProperty<ProgressFigures> figuresProperty() {
        return figures;
    }

    public FilteredList<SessionSummary> sessions() {
        return sessions;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<String> routineProperty() {
        return routine;
    }

    public ObjectProperty<HistoryStore.Profile> profileProperty() {
        return profile;
    }

    public ObservableList<String> routineNames() {
        return routineNames;
    }

    public ObservableList<HistoryStore.Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Snapshot> snapshotProperty() {
        return snapshot;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    private void failed(Throwable e) {
        error.set(String.valueOf(e.getMessage()));
    }
}
