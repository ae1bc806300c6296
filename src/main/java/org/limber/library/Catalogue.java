package org.limber.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The exercises that loaded, and the files that did not. */
public record Catalogue(List<Exercise> exercises, List<CatalogueProblem> problems, Set<String> customIds) {

    public Catalogue {
        exercises = List.copyOf(exercises);
        problems = List.copyOf(problems);
        customIds = Set.copyOf(customIds);
    }

    public Catalogue(List<Exercise> exercises, List<CatalogueProblem> problems) {
        this(exercises, problems, Set.of());
    }

    /** This catalogue with the custom exercises added after the built-in ones. */
    public Catalogue withCustom(List<Exercise> custom) {
        List<Exercise> all = new ArrayList<>(exercises);
        all.addAll(custom);
        Set<String> ids = new HashSet<>(customIds);
        custom.forEach(e -> ids.add(e.id()));
        return new Catalogue(all, problems, ids);
    }

    public boolean isCustom(String id) {
        return customIds.contains(id);
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
