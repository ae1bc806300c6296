package org.limber.routine;

import java.util.ArrayList;
import java.util.List;

/** A named, ordered list of steps. Immutable: every edit makes a new routine. */
public record Routine(String id, String name, String description, List<Step> steps) {

    public Routine {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        steps = List.copyOf(steps == null ? List.of() : steps);
    }

    public Routine withName(String newName) {
        return new Routine(id, newName, description, steps);
    }

    public Routine withDescription(String text) {
        return new Routine(id, name, text, steps);
    }

    public Routine withId(String newId) {
        return new Routine(newId, name, description, steps);
    }

    public Routine withSteps(List<Step> newSteps) {
        return new Routine(id, name, description, newSteps);
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
