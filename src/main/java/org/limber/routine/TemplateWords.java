package org.limber.routine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The built-in routines follow the language Limber runs in. A routine that is still as a template
 * made it (its name is that template's name in one of the languages) takes the template's name,
 * and its description and step notes where they too are still the template's, in the language
 * shown. A routine the person renamed keeps their name and words; so does any word they changed.
 */
public final class TemplateWords {

    /** Per template (by file): its versions, the language shown first. */
    private final Map<String, List<Routine>> versions;

    TemplateWords(Map<String, List<Routine>> versions) {
        this.versions = versions;
    }

    /** The templates in {@code shown} and in every one of {@code languages} (language tags). */
    public static TemplateWords load(Predicate<String> builtIn, Locale shown, List<String> languages) throws IOException {
        Map<String, List<Routine>> versions = new LinkedHashMap<>();
        for (Routine template : Templates.load(builtIn, shown)) {
            versions.computeIfAbsent(template.id(), id -> new ArrayList<>()).add(template);
        }
        for (String language : languages) {
            for (Routine template : Templates.load(builtIn, Locale.forLanguageTag(language))) {
                List<Routine> known = versions.get(template.id());
                if (known != null) {
                    known.add(template);
                }
            }
        }
        return new TemplateWords(versions);
    }

    /** The routine in the language shown, or the routine itself when it is not (or no longer) a template's. */
    public Routine inShownLanguage(Routine routine) {
        for (List<Routine> forms : versions.values()) {
            if (forms.stream().noneMatch(t -> t.name().equals(routine.name()))) {
                continue;
            }
            Routine shown = forms.get(0);
            Routine out = routine.withName(shown.name());
            if (forms.stream().anyMatch(t -> t.description().equals(routine.description()))) {
                out = out.withDescription(shown.description());
            }
            List<Step> steps = new ArrayList<>(out.steps().size());
            for (Step step : out.steps()) {
                steps.add(step.withNote(note(step, forms)));
            }
            return out.withSteps(steps);
        }
        return routine;
    }

    /** The step's note in the language shown where it is one of the template's notes for that exercise. */
    private static String note(Step step, List<Routine> forms) {
        if (step.note().isBlank()) {
            return step.note();
        }
        Routine shown = forms.get(0);
        for (Routine form : forms) {
            for (int i = 0; i < form.steps().size() && i < shown.steps().size(); i++) {
                Step written = form.steps().get(i);
                Step translated = shown.steps().get(i);
                if (written.exerciseId().equals(step.exerciseId()) && written.note().equals(step.note())
                        && translated.exerciseId().equals(step.exerciseId())) {
                    return translated.note();
                }
            }
        }
        return step.note();
    }
}
