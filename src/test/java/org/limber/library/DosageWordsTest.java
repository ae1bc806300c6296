package org.limber.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.limber.i18n.Messages;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.PhaseKind;
import org.limber.session.Timeline;

/** A dose in words says what the session will do: holds, timed movements, "press when done" (issue 23, item 10). */
class DosageWordsTest {

    private final DosageWords english = new DosageWords(new Messages(Locale.ENGLISH));
    private final DosageWords german = new DosageWords(new Messages(Locale.GERMAN));

    private static Dosage dose(int sets, int reps, int hold, int tempo, int rest, Sides sides) {
        return new Dosage(sets, reps, hold, tempo, rest, sides, 5, 10);
    }

    @Test
    void aHold() {
        Dosage hold = dose(1, 3, 20, 0, 10, Sides.LEFT_RIGHT);
        assertThat(english.describe(hold, null)).isEqualTo("Hold 20 s, 3 times, each side, rest 10 s between");
        assertThat(german.describe(hold, null)).isEqualTo("20 s halten, 3-mal, je Seite, 10 s Pause dazwischen");
    }

    @Test
    void timedMovementsRestOnlyBetweenSets() {
        assertThat(english.describe(dose(1, 8, 0, 5, 10, Sides.NONE), null))
                .as("one set of timed movements runs straight through").isEqualTo("8 slow repetitions, about 5 s each");
        assertThat(english.describe(dose(2, 8, 0, 5, 10, Sides.NONE), null))
                .isEqualTo("8 slow repetitions, about 5 s each, 2 sets, rest 10 s between");
    }

    @Test
    void noHoldAndNoTempoIsPressWhenDone() {
        Dosage press = dose(1, 3, 0, 0, 10, Sides.NONE);
        assertThat(english.describe(press, null))
                .isEqualTo("3 times at your own pace, press Enter after each, rest 10 s between");
        assertThat(german.describe(press, null)).isEqualTo(
                "3-mal in Ihrem Tempo, nach jedem Mal drücken Sie die Eingabetaste, 10 s Pause dazwischen");
        assertThat(english.describe(dose(1, 1, 0, 0, 10, Sides.NONE), null))
                .isEqualTo("Once at your own pace, press Enter when done");
        assertThat(german.describe(dose(1, 1, 0, 0, 10, Sides.NONE), null))
                .isEqualTo("Einmal in Ihrem Tempo, danach drücken Sie die Eingabetaste");
    }

    /** The words promise a rest exactly when the session will give one. */
    @Test
    void aRestIsPromisedOnlyWhenTheSessionHasOne() {
        for (int sets = 1; sets <= 2; sets++) {
            for (int reps = 1; reps <= 3; reps++) {
                for (int[] holdTempo : new int[][] {{20, 0}, {0, 5}, {0, 0}}) {
                    for (Sides sides : Sides.values()) {
                        Dosage d = dose(sets, reps, holdTempo[0], holdTempo[1], 10, sides);
                        Routine routine = new Routine("r", "R", "", List.of(new Step("x", d, null, "")));
                        boolean rests = Timeline.of(routine, Function.identity()).phases().stream()
                                .anyMatch(p -> p.kind() == PhaseKind.REST);
                        assertThat(english.describe(d, null).contains("rest 10 s")).as(d.toString()).isEqualTo(rests);
                    }
                }
            }
        }
    }
}
