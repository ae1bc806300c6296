package org.limber.ui.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.limber.plan.Plan;
import org.limber.routine.Routine;

/**
 * The fields of one plan being written. Each field has its own problem (a message key, empty
 * when fine), so the form marks and explains the field in place.
 */
public final class PlanForm {

    private final ObjectProperty<Routine> routine = new SimpleObjectProperty<>();
    private final StringProperty times = new SimpleStringProperty("09:00");
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final StringProperty routineProblem = new SimpleStringProperty("");
    private final StringProperty timesProblem = new SimpleStringProperty("");
    private final StringProperty daysProblem = new SimpleStringProperty("");
    private final StringProperty datesProblem = new SimpleStringProperty("");
    private String editing;

    public PlanForm(LocalDate today) {
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new SimpleBooleanProperty(true));
            days.get(day).addListener((obs, old, now) -> daysProblem.set(""));
        }
        start.set(today);
        routine.addListener((obs, old, now) -> routineProblem.set(""));
        times.addListener((obs, old, now) -> timesProblem.set(""));
        start.addListener((obs, old, now) -> datesProblem.set(""));
        end.addListener((obs, old, now) -> datesProblem.set(""));
    }

    /** Fills the form from a stored plan, so saving updates it. */
    public void edit(Plan plan, Routine of) {
        editing = plan.id();
        routine.set(of);
        times.set(String.join(", ", plan.times().stream().map(LocalTime::toString).toList()));
        days.forEach((day, on) -> on.set(plan.days().contains(day)));
        start.set(plan.start());
        end.set(plan.end());
    }

    /** The plan the fields describe, or empty with every problem marked. */
    public Optional<Plan> toPlan(String newId, String profileId) {
        Routine chosen = routine.get();
        routineProblem.set(chosen == null ? "plans.problem.routine" : "");
        List<LocalTime> parsed = parseTimes(times.get());
        Set<DayOfWeek> chosenDays = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((day, on) -> {
            if (on.get()) {
                chosenDays.add(day);
            }
        });
        daysProblem.set(chosenDays.isEmpty() ? "plans.problem.days" : "");
        if (start.get() == null) {
            datesProblem.set("plans.problem.start");
        } else if (end.get() != null && end.get().isBefore(start.get())) {
            datesProblem.set("plans.problem.endBeforeStart");
        } else {
            datesProblem.set("");
        }
        if (!routineProblem.get().isEmpty() || parsed == null || !daysProblem.get().isEmpty()
                || !datesProblem.get().isEmpty()) {
            return Optional.empty();
        }
        Plan plan = new Plan(editing == null ? newId : editing, profileId, chosen.id(), chosen.name(), parsed,
                chosenDays, start.get(), end.get());
        if (plan.firstDay().isEmpty()) {
            // a calendar would still show its first event on a day the plan never asks for
            datesProblem.set("plans.problem.noDay");
            return Optional.empty();
        }
        return Optional.of(plan);
    }

    /** "9:00, 18:30" into times; null (with the problem set) when a time is unreadable or there are too many. */
    List<LocalTime> parseTimes(String text) {
        List<LocalTime> list = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            String padded = part.strip().length() == 4 && part.strip().charAt(1) == ':' ? "0" + part.strip() : part.strip();
            try {
                list.add(LocalTime.parse(padded));
            } catch (DateTimeParseException e) {
                timesProblem.set("plans.problem.timeUnreadable");
                return null;
            }
        }
        if (list.isEmpty()) {
            timesProblem.set("plans.problem.timesMissing");
            return null;
        }
        if (list.stream().distinct().count() > Plan.MAX_TIMES_PER_DAY) {
            timesProblem.set("plans.problem.timesTooMany");
            return null;
        }
        timesProblem.set("");
        return list;
    }

    public ObjectProperty<Routine> routineProperty() {
        return routine;
    }

    public StringProperty timesProperty() {
        return times;
    }

    public BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    public ObjectProperty<LocalDate> startProperty() {
        return start;
    }

    public ObjectProperty<LocalDate> endProperty() {
        return end;
    }

    public StringProperty routineProblemProperty() {
        return routineProblem;
    }

    public StringProperty timesProblemProperty() {
        return timesProblem;
    }

    public StringProperty daysProblemProperty() {
        return daysProblem;
    }

    public StringProperty datesProblemProperty() {
        return datesProblem;
    }
}
