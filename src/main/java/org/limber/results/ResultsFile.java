package org.limber.results;

import java.util.List;
import java.util.Objects;

/** The content of a {@code *.limber-results.json}: who sent it, the plans they follow and their sessions. */
public record ResultsFile(Person person, List<FollowedPlan> plans, List<ResultSession> sessions) {

    public ResultsFile {
        Objects.requireNonNull(person, "person");
        plans = List.copyOf(plans);
        sessions = List.copyOf(sessions);
    }

    /** The sender: a random UUID kept per profile on their computer, and the name they go by. */
    public record Person(String id, String name) {

        public Person {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
