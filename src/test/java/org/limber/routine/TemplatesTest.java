package org.limber.routine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.session.Timeline;

class TemplatesTest {

    static Catalogue catalogue;
    static Set<String> ids;
    static List<Routine> templates;

    @BeforeAll
    static void load() throws Exception {
        catalogue = new CatalogueLoader().loadBuiltIn();
        ids = catalogue.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
        templates = Templates.load(ids::contains);
    }

    @Test
    void theFourTemplatesLastWhatTheirNamesPromise() {
        Map<String, long[]> expectedSeconds = Map.of(
                "Back spasm relief, gentle", new long[] {540, 660},
                "Lower-back yoga", new long[] {810, 990},
                "Breathing and relaxation", new long[] {330, 390},
                "Rest and heat break", new long[] {1200, 1800});
        assertThat(templates).extracting(Routine::name).containsExactlyInAnyOrderElementsOf(expectedSeconds.keySet());
        for (Routine t : templates) {
            long seconds = Timeline.of(t, id -> id).totalMillis() / 1000;
            assertThat(seconds).as(t.name()).isBetween(expectedSeconds.get(t.name())[0], expectedSeconds.get(t.name())[1]);
        }
        Routine heat = templates.stream().filter(t -> t.name().startsWith("Rest and heat")).findFirst().orElseThrow();
        assertThat(heat.steps()).anySatisfy(s -> {
            assertThat(s.exerciseId()).isEqualTo("heat-application");
            assertThat(s.dosage().holdSeconds()).isEqualTo(1200);
        });
        assertThat(heat.steps()).anySatisfy(s -> assertThat(s.breathing()).isNotNull());
    }

    @Test
    void everyTemplateSurvivesExportAndImport() throws Exception {
        RoutineFiles files = new RoutineFiles();
        for (Routine t : templates) {
            Routine back = files.parse(files.write(t, List.of()), ids::contains).routine();
            assertThat(back.withId(t.id())).isEqualTo(t);
        }
    }
}
