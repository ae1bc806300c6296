package org.limber.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.history.HistoryStore;
import org.limber.history.Streaks;
import org.limber.plan.Agenda;
import org.limber.plan.Plan;
import org.limber.plan.PlanStore;
import org.limber.routine.Physiotherapist;
import org.limber.routine.Routine;
import org.limber.safety.SelfCare;
import org.limber.ui.common.Failure;

/** Today: what the active profile's plans ask of the day, what of it is done, and the streak. */
public final class TodayViewModel {

    private final PlanStore plans;
    private final HistoryStore history;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final Supplier<String> profileId;
    private final ObservableList<Agenda.Item> due = FXCollections.observableArrayList();
    private final ObjectProperty<Streaks> streaks = new SimpleObjectProperty<>(new Streaks(0, 0));
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final ObjectProperty<Failure> error = new SimpleObjectProperty<>();
    private final StringProperty backupsProblem = new SimpleStringProperty("");

    private final ObservableList<Routine> routines;
    private final ObjectProperty<Physiotherapist> sendsTo = new SimpleObjectProperty<>();
    private List<Plan> running = List.of();

    private record Loaded(LocalDate day, List<Agenda.Item> items, Streaks streaks, List<Plan> running) {
    }

    /** {@code routines}: the profile's routines, to know which of the running plans came from a physiotherapist. */
    public TodayViewModel(PlanStore plans, HistoryStore history, BackgroundExecutor executor, Clock clock,
            Supplier<String> profileId, ObservableList<Routine> routines) {
        this.routines = routines;
        routines.addListener((ListChangeListener<Routine>) c -> findSendsTo());
        this.plans = plans;
        this.history = history;
        this.executor = executor;
        this.clock = clock;
        this.profileId = profileId;
        this.day.set(LocalDate.now(clock));
    }

    public void load() {
        String who = profileId.get();
        LocalDate today = LocalDate.now(clock);
        executor.submit(() -> {
            List<Plan> all = plans.plans(who);
            Map<String, Integer> done = plans.completed(who, today, today).getOrDefault(today, Map.of());
            return new Loaded(today, Agenda.of(all, done, today), Streaks.of(history.activeDays(who), today),
                    all.stream().filter(p -> p.runsOn(today)).toList());
        }, loaded -> {
            day.set(loaded.day());
            due.setAll(loaded.items());
            streaks.set(loaded.streaks());
            running = loaded.running();
            findSendsTo();
            error.set(null);
        }, e -> error.set(Failure.of("today.error", e)));
    }

    /** The physiotherapist who handed out the routine of the first running plan that came from one. */
    private void findSendsTo() {
        sendsTo.set(running.stream().flatMap(p -> routines.stream().filter(r -> r.id().equals(p.routineId())))
                .map(Routine::from).filter(Objects::nonNull).findFirst().orElse(null));
    }

    /**
     * Whom the profile's results go back to: the physiotherapist named in the routine file of a
     * plan running today; null when no running plan came from one (no "send results" on Today then).
     */
    public ReadOnlyObjectProperty<Physiotherapist> sendsToProperty() {
        return sendsTo;
    }

    public ObservableList<Agenda.Item> due() {
        return due;
    }

    public ObjectProperty<Streaks> streaksProperty() {
        return streaks;
    }

    /** Today's line on looking after your back: a message key, one a day in turn. */
    public String selfCareKey() {
        return "selfcare." + SelfCare.forDay(day.get() == null ? LocalDate.now(clock) : day.get());
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The message key of what keeps backups from being made, or empty (the shell learns it when the data opens). */
    public StringProperty backupsProblemProperty() {
        return backupsProblem;
    }

    public ReadOnlyObjectProperty<Failure> errorProperty() {
        return error;
    }
}
