package org.limber.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.routine.Templates;

/** The German catalogue and templates say the same things as the English ones, in the same shape. */
class TranslationsTest {

    final CatalogueLoader loader = new CatalogueLoader();

    @Test
    void everyExerciseHasACompleteGermanTextWithTheSameKeys() throws Exception {
        Catalogue english = loader.loadBuiltIn();
        Path folder = Path.of("assets/catalogue/translations/de");
        Set<String> files = new TreeSet<>();
        try (var list = Files.list(folder)) {
            list.forEach(p -> files.add(p.getFileName().toString().replace(".json", "")));
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(english.exercises().stream().map(Exercise::id).toList());
        for (Exercise exercise : english.exercises()) {
            JsonNode words = CatalogueLoader.mapper().readTree(folder.resolve(exercise.id() + ".json").toFile());
            Set<String> fields = new TreeSet<>();
            words.fieldNames().forEachRemaining(fields::add);
            Set<String> expected = new TreeSet<>(List.of("id", "name", "otherNames", "instructions", "cautions"));
            if (exercise.feel() != null) {
                expected.add("feel");
            }
            if (exercise.stopIf() != null) {
                expected.add("stopIf");
            }
            assertThat(fields).as(exercise.id()).isEqualTo(expected);
            Set<String> conditions = new TreeSet<>();
            words.path("cautions").fieldNames().forEachRemaining(conditions::add);
            assertThat(conditions).as(exercise.id() + " cautions")
                    .isEqualTo(new TreeSet<>(exercise.cautions().stream().map(c -> c.condition().code()).toList()));
        }
    }

    @Test
    void theGermanCatalogueLoadsCleanlyWithEveryTextTranslatedAndTheNumbersUntouched() throws Exception {
        Catalogue english = loader.loadBuiltIn();
        Catalogue german = loader.loadBuiltIn(Locale.GERMAN);
        assertThat(german.problems()).isEmpty();
        for (Exercise en : english.exercises()) {
            Exercise de = german.find(en.id()).orElseThrow();
            assertThat(de.instructions()).as(en.id()).hasSameSizeAs(en.instructions());
            for (int i = 0; i < en.instructions().size(); i++) {
                assertThat(de.instructions().get(i)).as(en.id() + " instruction " + i).isNotEqualTo(en.instructions().get(i));
            }
            assertThat(de.otherNames()).hasSameSizeAs(en.otherNames());
            assertThat(de.cautions()).extracting(Caution::condition).isEqualTo(en.cautions().stream().map(Caution::condition).toList());
            for (int i = 0; i < en.cautions().size(); i++) {
                assertThat(de.cautions().get(i).advice()).isNotEqualTo(en.cautions().get(i).advice());
            }
            assertThat(de.dosage()).isEqualTo(en.dosage());
            assertThat(de.breathing()).isEqualTo(en.breathing());
            assertThat(de.animation()).isEqualTo(en.animation());
        }
        assertThat(loader.loadBuiltIn(Locale.FRENCH).exercises()).isEqualTo(english.exercises());
    }

    @Test
    void theGermanTemplatesAreTheSameRoutinesInOtherWords() throws Exception {
        Set<String> ids = new TreeSet<>(loader.loadBuiltIn().exercises().stream().map(Exercise::id).toList());
        List<Routine> english = Templates.load(ids::contains);
        List<Routine> german = Templates.load(ids::contains, Locale.GERMAN);
        assertThat(german).hasSameSizeAs(english);
        for (int i = 0; i < english.size(); i++) {
            Routine en = english.get(i);
            Routine de = german.get(i);
            assertThat(de.id()).isEqualTo(en.id());
            assertThat(de.name()).isNotEqualTo(en.name());
            assertThat(de.steps()).extracting(Step::exerciseId).isEqualTo(en.steps().stream().map(Step::exerciseId).toList());
            assertThat(de.steps()).extracting(Step::dosage).isEqualTo(en.steps().stream().map(Step::dosage).toList());
        }
    }
}
