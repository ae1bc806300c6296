package org.limber.library;

import java.util.List;
import java.util.Optional;

/** The exercises that loaded, and the files that did not. */
public record Catalogue(List<Exercise> exercises, List<CatalogueProblem> problems) {

    public Catalogue {
        exercises = List.copyOf(exercises);
        problems = List.copyOf(problems);
    }

    public Optional<Exercise> find(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
