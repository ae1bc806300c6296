package org.limber.ui.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.history.Csv;
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
            java.util.Optional<org.limber.history.Insights.Reason> insight) {
    }

    static final int PAGE = 2000;

    private final HistoryStore store;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final Supplier<String> profileId;
    private final ObservableList<SessionSummary> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");

    public HistoryViewModel(HistoryStore store, BackgroundExecutor executor, Clock clock, Supplier<String> profileId) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.profileId = profileId;
    }

    public void load() {
        String profile = profileId.get();
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusMonths(12).plusDays(1);
        loading.set(true);
        executor.submit(() -> {
            List<SessionSummary> rows = store.sessions(profile, from, to, PAGE, 0);
            Map<LocalDate, Integer> days = store.secondsPerDay(profile, from, to);
            return new Snapshot(rows, days, WeeklyMinutes.of(days, from, to),
                    Streaks.of(store.activeDays(profile), to), from, to, org.limber.history.Insights.check(rows));
        }, result -> {
            sessions.setAll(result.sessions());
            snapshot.set(result);
            loading.set(false);
            error.set("");
        }, e -> {
            loading.set(false);
            error.set(String.valueOf(e.getMessage()));
        });
    }

    /** Writes sessions and steps of the shown range as two CSV files into {@code folder}. */
    public void exportCsv(Path folder, java.util.function.Consumer<Path> done) {
        Snapshot shown = snapshot.get();
        if (shown == null) {
            return;
        }
        String profile = profileId.get();
        String stamp = shown.to().toString();
        executor.submit(() -> {
            Path sessionsFile = folder.resolve("limber-sessions-" + stamp + ".csv");
            AtomicFiles.write(sessionsFile, Csv.sessions(
                    store.sessions(profile, shown.from(), shown.to(), Integer.MAX_VALUE, 0), clock.getZone()));
            AtomicFiles.write(folder.resolve("limber-steps-" + stamp + ".csv"),
                    Csv.steps(store.steps(profile, shown.from(), shown.to())));
            return sessionsFile;
        }, done, e -> error.set(String.valueOf(e.getMessage())));
    }

    /** The steps of one session, for its detail view. */
    public void loadSteps(String sessionId, java.util.function.Consumer<List<HistoryStore.StepSummary>> show) {
        executor.submit(() -> store.steps(sessionId), show, e -> error.set(String.valueOf(e.getMessage())));
    }

    public ObservableList<SessionSummary> sessions() {
        return sessions;
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
}
