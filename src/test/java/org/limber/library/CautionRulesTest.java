package org.limber.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The caution rules of docs/safety.md, checked against the real catalogue in English and German. */
class CautionRulesTest {

    static final Map<Locale, String> PREGNANCY_THRESHOLD = Map.of(
            Locale.ENGLISH, "From about 16-20 weeks of pregnancy",
            Locale.GERMAN, "Ab etwa der 16. bis 20. Schwangerschaftswoche");
    /** Other ways of saying when, which the one threshold replaces. */
    static final List<String> OTHER_TIMINGS = List.of("mid-pregnancy", "later in pregnancy",
            "Mitte der Schwangerschaft", "späteren Schwangerschaft");
    /** Hip movements a side-view figure cannot show: the leg crossing the midline or the hip turning in. */
    static final Set<String> HIP_CROSSES_OR_TURNS_IN =
            Set.of("trunk-rotation", "figure-four-stretch", "saithalyasana", "parsvakonasana");
    /** Bending of the spine the one-piece torso cannot show: cat-cow's rounding, the bridge's roll-down. */
    static final Set<String> ROUNDS_THE_SPINE = Set.of("cat-cow", "bridge");
    /** Balancing on the feet, where a wobble can become a fall. */
    static final Set<String> FALL_RISK = Set.of("tadasana", "parsvakonasana");

    static Catalogue english;
    static Catalogue german;

    @BeforeAll
    static void load() throws Exception {
        english = new CatalogueLoader().loadBuiltIn(Locale.ENGLISH);
        german = new CatalogueLoader().loadBuiltIn(Locale.GERMAN);
    }

    @Test
    void everyExerciseThatBendsTheHipPastARightAngleTellsANewHipToLeaveItOut() {
        Set<String> bent = ids(e -> FigureFacts.mostHipFlexion(e) > 90);
        assertThat(bent).contains("knee-to-chest", "balasana").doesNotContain("rest-legs-on-chair", "bridge");
        for (String id : bent) {
            assertThat(caution(id, Condition.HIP_REPLACEMENT)).as(id).hasValueSatisfying(c ->
                    assertThat(c.avoid()).as(id + " says to leave it out").isTrue());
        }
        for (String id : HIP_CROSSES_OR_TURNS_IN) {
            assertThat(caution(id, Condition.HIP_REPLACEMENT)).as(id).isPresent();
        }
    }

    @Test
    void everyPoseWithTheHeadBelowTheHeartHasAnEyeCaution() {
        Set<String> headDown = ids(FigureFacts::isHeadDown);
        assertThat(headDown).contains("adho-mukha-svanasana").doesNotContain("shavasana", "makarasana", "tadasana");
        for (String id : headDown) {
            assertThat(caution(id, Condition.EYES)).as(id).isPresent();
        }
    }

    @Test
    void everyBackLyingExerciseHasAPregnancyCautionWithTheOneThreshold() {
        for (Catalogue catalogue : List.of(english, german)) {
            Locale language = catalogue == english ? Locale.ENGLISH : Locale.GERMAN;
            String threshold = PREGNANCY_THRESHOLD.get(language);
            List<Exercise> backLying = catalogue.exercises().stream().filter(e -> e.position() == Position.LYING_BACK).toList();
            assertThat(backLying).hasSizeGreaterThan(5);
            for (Exercise e : backLying) {
                assertThat(caution(e, Condition.PREGNANCY)).as(e.id() + " " + language).hasValueSatisfying(c ->
                        assertThat(c.advice()).startsWith(threshold));
            }
            for (Exercise e : catalogue.exercises()) {
                caution(e, Condition.PREGNANCY).ifPresent(c -> assertThat(c.advice()).as(e.id())
                        .doesNotContain(OTHER_TIMINGS.toArray(String[]::new)));
            }
        }
    }

    @Test
    void everyExerciseThatBendsTheSpineForwardOrRisksAFallHasAnOsteoporosisCaution() {
        Set<String> needed = ids(e -> FigureFacts.mostHipFlexion(e) > 90);
        needed.addAll(ROUNDS_THE_SPINE);
        needed.addAll(FALL_RISK);
        for (String id : needed) {
            assertThat(caution(id, Condition.OSTEOPOROSIS)).as(id).isPresent();
        }
    }

    @Test
    void noCautionSendsAPersonToAnExerciseTheSameConditionRulesOut() {
        assertThat(named(english, "Do the single knee-to-chest stretch, or the child's pose.", null))
                .containsExactlyInAnyOrder("knee-to-chest", "balasana");
        for (Catalogue catalogue : List.of(english, german)) {
            for (Exercise e : catalogue.exercises()) {
                for (Caution c : e.cautions()) {
                    for (String other : named(catalogue, c.advice(), e)) {
                        assertThat(caution(other, c.condition()).map(Caution::avoid))
                                .as(e.id() + " sends " + c.condition().code() + " to " + other).isNotEqualTo(Optional.of(true));
                    }
                }
            }
        }
    }

    /** The exercises (other than {@code self}) whose name or other name the text mentions, longest names first. */
    static Set<String> named(Catalogue catalogue, String text, Exercise self) {
        record Name(String words, String id) {
        }
        List<Name> names = new ArrayList<>();
        for (Exercise e : catalogue.exercises()) {
            if (e != self) {
                names.add(new Name(e.name(), e.id()));
                e.otherNames().forEach(n -> names.add(new Name(n, e.id())));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.words().length()).reversed());
        String rest = text.toLowerCase(Locale.ROOT);
        Set<String> found = new TreeSet<>();
        for (Name name : names) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name.words().toLowerCase(Locale.ROOT))).matcher(rest);
            if (m.find()) {
                found.add(name.id());
                rest = m.replaceAll(" ");
            }
        }
        return found;
    }

    static Set<String> ids(Predicate<Exercise> rule) {
        return new TreeSet<>(english.exercises().stream().filter(rule).map(Exercise::id).toList());
    }

    static Optional<Caution> caution(String id, Condition condition) {
        return caution(english.find(id).orElseThrow(), condition);
    }

    static Optional<Caution> caution(Exercise exercise, Condition condition) {
        return exercise.cautions().stream().filter(c -> c.condition() == condition).findFirst();
    }
}
