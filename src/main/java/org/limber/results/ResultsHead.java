package org.limber.results;

import java.util.List;
import java.util.Objects;

/**
 * What a checked results file says besides its sessions: who sent it, the plans they follow and
 * how many sessions it holds. The sessions themselves are streamed, never all kept at once.
 */
public record ResultsHead(ResultsFile.Person person, List<FollowedPlan> plans, int sessions) {

    public ResultsHead {
        Objects.requireNonNull(person, "person");
        plans = List.copyOf(plans);
    }
}
