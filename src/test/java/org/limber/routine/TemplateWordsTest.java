package org.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Built-in routines follow the language; what the person changed stays theirs. */
class TemplateWordsTest {

    private static final List<String> LANGUAGES = List.of("en", "de");

    private static Routine seeded(Locale language) throws Exception {
        return Templates.load(id -> true, language).stream().filter(t -> t.id().equals("template:lower-back-yoga"))
                .findFirst().orElseThrow().withId("a-uuid");
    }

    @Test
    void aRoutineSeededInEnglishShowsInGermanWithItsDescriptionAndNotes() throws Exception {
        Routine english = seeded(Locale.ENGLISH);
        Routine german = seeded(Locale.GERMAN);
        TemplateWords words = TemplateWords.load(id -> true, Locale.GERMANY, LANGUAGES);

        Routine shown = words.inShownLanguage(english);

        assertThat(shown.name()).isEqualTo("Yoga für den unteren Rücken");
        assertThat(shown.description()).isEqualTo(german.description());
        assertThat(shown.steps()).extracting(Step::note).isEqualTo(german.steps().stream().map(Step::note).toList());
        assertThat(shown.id()).isEqualTo("a-uuid");
        assertThat(TemplateWords.load(id -> true, Locale.UK, LANGUAGES).inShownLanguage(shown)).as("and back")
                .isEqualTo(english);
    }

    @Test
    void aRenamedRoutineKeepsTheNameAndWordsItWasGiven() throws Exception {
        Routine renamed = seeded(Locale.ENGLISH).withName("My morning yoga");
        TemplateWords words = TemplateWords.load(id -> true, Locale.GERMANY, LANGUAGES);

        assertThat(words.inShownLanguage(renamed)).isEqualTo(renamed);
    }

    @Test
    void aDescriptionOrNoteThePersonWroteStaysTheirs() throws Exception {
        Routine english = seeded(Locale.ENGLISH);
        Routine edited = english.withDescription("Before work.")
                .withStepReplaced(0, english.steps().get(0).withNote("Only if the knee is fine."));
        TemplateWords words = TemplateWords.load(id -> true, Locale.GERMANY, LANGUAGES);

        Routine shown = words.inShownLanguage(edited);

        assertThat(shown.name()).isEqualTo("Yoga für den unteren Rücken");
        assertThat(shown.description()).isEqualTo("Before work.");
        assertThat(shown.steps().get(0).note()).isEqualTo("Only if the knee is fine.");
        assertThat(shown.steps().get(1).note()).isEqualTo(seeded(Locale.GERMAN).steps().get(1).note());
    }
}
