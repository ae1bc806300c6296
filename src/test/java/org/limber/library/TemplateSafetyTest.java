package org.limber.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.routine.Templates;

/** The ready-made routines against the cautions and doses of the exercises they use. */
class TemplateSafetyTest {

    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);
    static final List<String> PRONE_OPTIONS = List.of("makarasana", "prone-back-extension");

    @Test
    void theSpasmTemplatesHoldNoExerciseTheAcuteSpasmCautionRulesOut() throws Exception {
        Catalogue catalogue = new CatalogueLoader().loadBuiltIn();
        List<Routine> spasm = templates(catalogue, Locale.ENGLISH).stream().filter(r -> r.id().contains("spasm")).toList();
        assertThat(spasm).isNotEmpty();
        for (Routine routine : spasm) {
            for (Step step : routine.steps()) {
                Exercise e = catalogue.find(step.exerciseId()).orElseThrow();
                assertThat(e.cautions()).as(routine.id() + " " + e.id())
                        .noneMatch(c -> c.condition() == Condition.ACUTE_SPASM && c.avoid());
            }
        }
    }

    @Test
    void theSpasmTemplatesPointThoseWorseForBendingToTheProneOptions() throws Exception {
        for (Locale language : LANGUAGES) {
            Catalogue catalogue = new CatalogueLoader().loadBuiltIn(language);
            for (Routine routine : templates(catalogue, language)) {
                if (!routine.id().contains("spasm")) {
                    continue;
                }
                String words = routine.description() + " " + String.join(" ", routine.steps().stream().map(Step::note).toList());
                for (String id : PRONE_OPTIONS) {
                    assertThat(words).as(routine.id() + " " + language).containsIgnoringCase(catalogue.find(id).orElseThrow().name());
                }
            }
        }
    }

    @Test
    void progressiveRelaxationTensesOnceForEveryBodyPartItNames() throws Exception {
        for (Locale language : LANGUAGES) {
            Catalogue catalogue = new CatalogueLoader().loadBuiltIn(language);
            Exercise relaxation = catalogue.find("progressive-relaxation").orElseThrow();
            List<String> parts = namedParts(relaxation);
            assertThat(parts).as(language.toString()).hasSizeGreaterThan(4);
            assertThat(relaxation.dosage().reps()).as(parts.toString()).isEqualTo(parts.size());
            for (Routine routine : templates(catalogue, language)) {
                for (Step step : routine.steps()) {
                    if (step.exerciseId().equals(relaxation.id())) {
                        assertThat(step.dosage().reps()).as(routine.id()).isEqualTo(parts.size());
                    }
                }
            }
        }
    }

    /** The list after the colon of the instruction that names the most parts ("in turn: feet, calves, ..."). */
    static List<String> namedParts(Exercise exercise) {
        String list = exercise.instructions().stream().filter(s -> s.contains(":"))
                .max(Comparator.comparingLong(s -> s.chars().filter(c -> c == ',').count())).orElseThrow();
        String afterColon = list.substring(list.lastIndexOf(':') + 1).replaceAll("[.]$", "");
        return Arrays.stream(afterColon.split(",| and | und ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static List<Routine> templates(Catalogue catalogue, Locale language) throws Exception {
        return Templates.load(id -> catalogue.find(id).isPresent(), language);
    }
}
