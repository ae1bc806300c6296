package org.limber.routine;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Sides;

/** A step as written in a routine file: the dose fields flat beside the exercise id. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StepJson(
        String exercise,
        int sets,
        int reps,
        int holdSeconds,
        int repSeconds,
        int restSeconds,
        Sides sides,
        int switchSidesSeconds,
        int getReadySeconds,
        BreathingPattern breathing,
        String note) {

    static StepJson of(Step step) {
        Dosage d = step.dosage();
        return new StepJson(step.exerciseId(), d.sets(), d.reps(), d.holdSeconds(), d.repSeconds(), d.restSeconds(),
                d.sides(), d.switchSidesSeconds(), d.getReadySeconds(), step.breathing(),
                step.note().isEmpty() ? null : step.note());
    }

    Step toStep() {
        return new Step(exercise, new Dosage(sets, reps, holdSeconds, repSeconds, restSeconds, sides,
                switchSidesSeconds, getReadySeconds), breathing, note);
    }
}
