package org.limber.routine;

import java.util.ArrayList;
import java.util.List;

/**
 * A named, ordered list of steps. Immutable: every edit makes a new routine. {@code from} is the
 * physiotherapist who handed it out, when it came in a file that names one; null otherwise.
 */
public record Routine(String id, String name, String description, List<Step> steps, Physiotherapist from) {

    public Routine {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        steps = List.copyOf(steps == null ? List.of() : steps);
    }

    /** A routine made here (or from a file that names no physiotherapist). */
    public Routine(String id, String name, String description, List<Step> steps) {
        this(id, name, description, steps, null);
    }

    public Routine withFrom(Physiotherapist physiotherapist) {
        return new Routine(id, name, description, steps, physiotherapist);
    }

    public Routine withName(String newName) {
        return new Routine(id, newName, description, steps, from);
    }

    public Routine withDescription(String text) {
        return new Routine(id, name, text, steps, from);
    }

    public Routine withId(String newId) {
        return new Routine(newId, name, description, steps, from);
    }

    public Routine withSteps(List<Step> newSteps) {
        return new Routine(id, name, description, newSteps, from);
    }

    public Routine withStepAdded(int index, Step step) {
        List<Step> copy = new ArrayList<>(steps);
        copy.add(Math.max(0, Math.min(index, copy.size())), step);
        return withSteps(copy);
    }

    public Routine withStepReplaced(int index, Step step) {
        List<Step> copy = new ArrayList<>(steps);
        copy.set(index, step);
        return withSteps(copy);
    }

    public Routine withStepRemoved(int index) {
        List<Step> copy = new ArrayList<>(steps);
        copy.remove(index);
        return withSteps(copy);
    }

    public Routine withStepMoved(int from, int to) {
        List<Step> copy = new ArrayList<>(steps);
        Step step = copy.remove(from);
        copy.add(Math.max(0, Math.min(to, copy.size())), step);
        return withSteps(copy);
    }
}
