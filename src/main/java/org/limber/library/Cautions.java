package org.limber.library;

import java.util.Collection;
import java.util.List;

/** The cautions of an exercise that concern this person, from the conditions they told us about. */
public final class Cautions {

    private Cautions() {
    }

    public static List<Caution> matching(Exercise exercise, Collection<String> conditionCodes) {
        if (exercise == null || conditionCodes.isEmpty()) {
            return List.of();
        }
        return exercise.cautions().stream().filter(c -> conditionCodes.contains(c.condition().code())).toList();
    }
}
