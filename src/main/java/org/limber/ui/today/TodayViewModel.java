package org.limber.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.history.HistoryStore;
import org.limber.history.Streaks;
import org.limber.plan.Agenda;
import org.limber.plan.Plan;
import org.limber.plan.PlanStore;
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

    private record Loaded(LocalDate day, List<Agenda.Item> items, Streaks streaks) {
    }

    public TodayViewModel(PlanStore plans, HistoryStore history, BackgroundExecutor executor, Clock clock,
            Supplier<String> profileId) {
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
            return new Loaded(today, Agenda.of(all, done, today), Streaks.of(history.activeDays(who), today));
        }, loaded -> {
            day.set(loaded.day());
            due.setAll(loaded.items());
            streaks.set(loaded.streaks());
            error.set(null);
        }, e -> error.set(Failure.of("today.error", e)));
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
