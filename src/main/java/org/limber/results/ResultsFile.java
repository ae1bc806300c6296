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

    /** Everything but the sessions, and how many there are. */
    public ResultsHead head() {
        return new ResultsHead(person, plans, sessions.size());
    }

    /** The sessions as a source, for {@link ResultsStore#merge}. */
    public SessionSource source() {
        return sink -> {
            sessions.forEach(sink);
            return head();
        };
    }

    /** The sender: a random UUID kept per profile on their computer, and the name they go by. */
    public record Person(String id, String name) {

        public Person {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
