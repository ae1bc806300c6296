package org.limber.routine;

import java.util.List;
import org.limber.library.Exercise;

/** What a routine file holds: the routine and the custom exercises it brought along. */
public record ImportedRoutine(Routine routine, List<Exercise> customExercises) {

    public ImportedRoutine {
        customExercises = List.copyOf(customExercises);
    }
}
