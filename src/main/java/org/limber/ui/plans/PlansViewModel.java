package org.limber.ui.plans;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.io.AtomicFiles;
import org.limber.plan.CalendarFile;
import org.limber.plan.Plan;
import org.limber.plan.PlanStore;
import org.limber.routine.Routine;
import org.limber.ui.common.Failure;
import org.limber.ui.common.FileActions;

/** The active profile's plans: list, add or change one through a {@link PlanForm}, delete, export to a calendar. */
public final class PlansViewModel {

    /** How long before each planned time the calendar reminds. */
    public static final int REMINDER_MINUTES = 10;

    private final PlanStore store;
    private final BackgroundExecutor executor;
    private final Clock clock;
    private final Supplier<String> profileId;
    private final Supplier<String> newId;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Failure> error = new SimpleObjectProperty<>();
    private Runnable changed = () -> { };

    public PlansViewModel(PlanStore store, BackgroundExecutor executor, Clock clock, Supplier<String> profileId,
            Supplier<String> newId) {
        this.store = store;
        this.executor = executor;
        this.clock = clock;
        this.profileId = profileId;
        this.newId = newId;
    }

    /** Told after every change, so Today and History can follow. */
    public void onChange(Runnable listener) {
        this.changed = listener;
    }

    public void load() {
        String who = profileId.get();
        executor.submit(() -> store.plans(who), list -> {
            plans.setAll(list);
            error.set(null);
        }, e -> error.set(Failure.of("plans.error.load", e)));
    }

    public PlanForm newForm() {
        return new PlanForm(LocalDate.now(clock));
    }

    /** Saves what the form describes; false (with the form's fields marked) when it cannot be a plan. */
    public boolean save(PlanForm form) {
        Optional<Plan> plan = form.toPlan(newId.get(), profileId.get());
        plan.ifPresent(p -> executor.submit(() -> {
            store.savePlan(p);
            return store.plans(p.profileId());
        }, this::stored, e -> error.set(Failure.of("plans.error.save", e))));
        return plan.isPresent();
    }

    public void delete(Plan plan) {
        executor.submit(() -> {
            store.deletePlan(plan.id());
            return store.plans(plan.profileId());
        }, this::stored, e -> error.set(Failure.of("plans.error.delete", e)));
    }

    private void stored(List<Plan> list) {
        plans.setAll(list);
        error.set(null);
        changed.run();
    }

    /**
     * The writing of the plan as an .ics file, for {@link FileActions}; {@code length} gives the
     * routine's running time.
     */
    public FileActions.Write calendarExport(Plan plan, Function<Plan, Duration> length, CalendarFile.Words words,
            String version) {
        Duration runs = length.apply(plan);
        Instant made = clock.instant();
        return file -> {
            AtomicFiles.write(file, CalendarFile.write(plan, runs, words, made, REMINDER_MINUTES, version)
                    .getBytes(StandardCharsets.UTF_8));
            return file;
        };
    }

    /** A failure to show in place (a calendar file that could not be written). */
    public void fail(Failure failure) {
        error.set(failure);
    }

    /** The routine a plan is for, among the given ones. */
    public static Optional<Routine> routineOf(Plan plan, List<Routine> routines) {
        return routines.stream().filter(r -> r.id().equals(plan.routineId())).findFirst();
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ReadOnlyObjectProperty<Failure> errorProperty() {
        return error;
    }
}
