package org.limber.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.limber.library.figure.Animation;

/**
 * A custom exercise as typed into the editor, before it is valid. {@link #problems()} names
 * each field that is wrong with a message key; {@link #toExercise(String)} builds the exercise.
 */
public record ExerciseDraft(
        String name,
        String otherNames,
        Kind kind,
        Position position,
        List<Equipment> equipment,
        List<BodyArea> bodyAreas,
        Dosage dosage,
        String instructions,
        String feel,
        String stopIf,
        Animation animation) {

    public static final int MAX_NAME = 120;
    public static final int MAX_TEXT = 600;
    public static final int MAX_STEPS = 7;

    /** Field name to message key, in the order the fields appear. Empty when valid. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            problems.put("name", "exercise.problem.nameMissing");
        } else if (n.length() > MAX_NAME) {
            problems.put("name", "exercise.problem.nameTooLong");
        }
        if (otherNames != null && otherNames.length() > MAX_TEXT) {
            problems.put("otherNames", "exercise.problem.textTooLong");
        }
        if (dosage.holdSeconds() < 1 || dosage.holdSeconds() > Dosage.MAX_HOLD_SECONDS) {
            problems.put("hold", "exercise.problem.hold");
        }
        List<String> steps = steps();
        if (steps.isEmpty()) {
            problems.put("instructions", "exercise.problem.instructionsMissing");
        } else if (steps.size() > MAX_STEPS) {
            problems.put("instructions", "exercise.problem.tooManySteps");
        } else if (steps.stream().anyMatch(s -> s.length() > MAX_TEXT)) {
            problems.put("instructions", "exercise.problem.textTooLong");
        }
        check(problems, "feel", feel);
        check(problems, "stopIf", stopIf);
        if (bodyAreas.isEmpty()) {
            problems.put("bodyAreas", "exercise.problem.bodyAreas");
        }
        return problems;
    }

    public List<String> steps() {
        List<String> steps = new ArrayList<>();
        for (String line : (instructions == null ? "" : instructions).split("\\R")) {
            if (!line.isBlank()) {
                steps.add(line.strip());
            }
        }
        return steps;
    }

    public Exercise toExercise(String id) {
        List<String> others = new ArrayList<>();
        for (String other : (otherNames == null ? "" : otherNames).split(",")) {
            if (!other.isBlank()) {
                others.add(other.strip());
            }
        }
        return new Exercise(id, name.strip(), others, kind, bodyAreas,
                position, equipment.isEmpty() ? List.of(Equipment.NONE) : equipment, dosage, null, steps(),
                feel.strip(), stopIf.strip(), List.of(), animation);
    }

    /** The draft for editing an existing exercise. */
    public static ExerciseDraft of(Exercise e) {
        return new ExerciseDraft(e.name(), String.join(", ", e.otherNames()), e.kind(), e.position(), e.equipment(),
                e.bodyAreas(), e.dosage(), String.join("\n", e.instructions()), e.feel(), e.stopIf(), e.animation());
    }

    /** "My bridge" becomes {@code custom-my-bridge-<suffix>}. */
    public static String newId(String name, String suffix) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 30) {
            slug = slug.substring(0, 30).replaceAll("-+$", "");
        }
        return "custom-" + (slug.isEmpty() ? "exercise" : slug) + "-" + suffix;
    }

    private static void check(Map<String, String> problems, String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.put(field, "exercise.problem.textMissing");
        } else if (v.length() > MAX_TEXT) {
            problems.put(field, "exercise.problem.textTooLong");
        }
    }
}
