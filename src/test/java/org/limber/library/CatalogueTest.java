package org.limber.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.library.figure.Joint;
import org.limber.library.figure.KeyPose;

class CatalogueTest {

    /** Every exercise shared/CONTENT.md names, plus the low-back extras a physiotherapist expects. */
    static final List<String> REQUIRED = List.of(
            "knee-to-chest", "prone-back-extension", "trunk-rotation", "hamstring-stretch",
            "tadasana", "parsvakonasana", "makarasana", "yastikasana", "matsyasana", "adho-mukha-svanasana",
            "balasana", "bhujangasana", "wall-plank", "shavasana", "saithalyasana",
            "anulom-vilom", "deep-breathing", "progressive-relaxation",
            "rest-pillows-under-knees", "rest-legs-on-chair", "heat-application");
    static final List<String> EXTRAS = List.of(
            "pelvic-tilt", "cat-cow", "bridge", "bird-dog", "double-knee-to-chest", "figure-four-stretch");

    static Catalogue catalogue;

    @BeforeAll
    static void load() throws Exception {
        catalogue = new CatalogueLoader().loadBuiltIn();
    }

    @Test
    void everyFilePassesTheSchemaAndParses() {
        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.exercises()).hasSizeGreaterThanOrEqualTo(REQUIRED.size() + EXTRAS.size());
    }

    @Test
    void everyNamedExerciseIsThere() {
        assertThat(catalogue.exercises()).extracting(Exercise::id).containsAll(REQUIRED).containsAll(EXTRAS);
    }

    @Test
    void theSeedNamesAreFindable() {
        for (String name : List.of("Palm tree", "Lateral angle", "Crocodile", "Stick", "Fish", "Downward",
                "Child", "Cobra", "Corpse", "Animal relaxation", "Alternate-nostril", "Anulom Vilom")) {
            assertThat(catalogue.exercises().stream().anyMatch(e -> e.matches(name))).as(name).isTrue();
        }
    }

    @Test
    void eachHasWhatAPersonNeedsToDoItSafely() {
        for (Exercise e : catalogue.exercises()) {
            assertThat(e.instructions()).as(e.id()).hasSizeBetween(3, 7);
            assertThat(e.cautions()).as(e.id()).isNotEmpty();
            assertThat(e.cautions()).as(e.id()).allSatisfy(c -> assertThat(c.advice()).isNotBlank());
            assertThat(e.feel()).as(e.id()).isNotBlank();
            assertThat(e.stopIf()).as(e.id()).isNotBlank();
            assertThat(e.dosage()).as(e.id()).isNotNull();
            assertThat(e.dosage().sets()).as(e.id()).isPositive();
            assertThat(e.dosage().isHold() || e.dosage().reps() > 0).as(e.id()).isTrue();
            if (e.kind() == Kind.BREATHING) {
                assertThat(e.breathing()).as(e.id()).isNotNull();
            }
        }
    }

    @Test
    void everyAnimationDefinesAllJointsWithinTheirLimits() {
        for (Exercise e : catalogue.exercises()) {
            assertThat(e.animation()).as(e.id()).isNotNull();
            assertThat(e.animation().keyPoses()).as(e.id()).hasSizeBetween(2, 6);
            assertThat(e.animation().cycleSeconds()).as(e.id()).isPositive();
            for (KeyPose key : e.animation().keyPoses()) {
                for (Joint joint : Joint.values()) {
                    double angle = key.pose().angle(joint);
                    assertThat(joint.allows(angle)).as(e.id() + " " + joint.key() + "=" + angle).isTrue();
                }
            }
        }
    }

    @Test
    void theHeatApplicationRespectsTheTimingFacts() {
        Exercise heat = catalogue.find("heat-application").orElseThrow();
        int minutes = heat.dosage().holdSeconds() * heat.dosage().reps() / 60;
        assertThat(minutes).isBetween(20, 30);
    }

    @Test
    void aBrokenFileIsReportedWithItsPathAndTheRestStillLoads(@TempDir Path dir) throws Exception {
        Path source = Path.of("assets/catalogue/exercises");
        Files.copy(source.resolve("knee-to-chest.json"), dir.resolve("knee-to-chest.json"));
        Files.copy(source.resolve("balasana.json"), dir.resolve("balasana.json"));
        Files.writeString(dir.resolve("broken.json"), "{ \"id\": \"broken\", ");
        String tooLongHold = Files.readString(source.resolve("bridge.json"))
                .replaceFirst("\"holdSeconds\"\\s*:\\s*\\d+", "\"holdSeconds\": 99999");
        Files.writeString(dir.resolve("bridge.json"), tooLongHold);

        Catalogue loaded = new CatalogueLoader().loadDirectory(dir);

        assertThat(loaded.exercises()).extracting(Exercise::id).containsExactly("balasana", "knee-to-chest");
        assertThat(loaded.problems()).hasSize(2);
        assertThat(loaded.problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("broken.json");
            assertThat(p.reason()).contains("not valid JSON");
        });
        assertThat(loaded.problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("bridge.json");
            assertThat(p.reason()).contains("$.dosage.holdSeconds");
        });
    }

    @Test
    void anIdThatDoesNotMatchItsFileIsRefused(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("assets/catalogue/exercises/balasana.json"), dir.resolve("childs-pose.json"));
        Catalogue loaded = new CatalogueLoader().loadDirectory(dir);
        assertThat(loaded.exercises()).isEmpty();
        assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("file name"));
    }
}
