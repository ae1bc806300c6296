package org.limber.routine;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.limber.library.BreathingPattern;
import org.limber.library.Dosage;
import org.limber.library.Exercise;

/** One exercise of a routine with its dose, breathing pattern (for breathing) and a note for the client. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Step(String exerciseId, Dosage dosage, BreathingPattern breathing, String note) {

    public Step {
        note = note == null ? "" : note;
    }

    /** A step with the exercise's own default dose. */
    public static Step of(Exercise exercise) {
        return new Step(exercise.id(), exercise.dosage(), exercise.breathing(), "");
    }

    public Step withDosage(Dosage newDosage) {
        return new Step(exerciseId, newDosage, breathing, note);
    }

    public Step withBreathing(BreathingPattern pattern) {
        return new Step(exerciseId, dosage, pattern, note);
    }

    public Step withNote(String newNote) {
        return new Step(exerciseId, dosage, breathing, newNote);
    }
}
