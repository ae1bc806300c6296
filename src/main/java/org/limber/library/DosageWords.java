package org.limber.library;

import java.util.ArrayList;
import java.util.List;
import org.limber.i18n.Messages;

/**
 * A dose in plain words, saying what the session will do: "Hold 20 s, 3 times, each side, rest
 * 10 s between", "8 slow repetitions, about 5 s each", "3 times at your own pace, press Enter after
 * each, rest 10 s between" (no hold and no tempo: the person ends each repetition).
 */
public final class DosageWords {

    private final Messages i18n;

    public DosageWords(Messages i18n) {
        this.i18n = i18n;
    }

    public String describe(Dosage dosage, BreathingPattern breathing) {
        if (breathing != null) {
            return i18n.get("dosage.breathing",
                    seconds(breathing.inhaleSeconds()),
                    breathing.holdInSeconds() > 0 ? i18n.get("dosage.breathing.holdIn", seconds(breathing.holdInSeconds())) : "",
                    seconds(breathing.exhaleSeconds()),
                    breathing.holdOutSeconds() > 0 ? i18n.get("dosage.breathing.holdOut", seconds(breathing.holdOutSeconds())) : "",
                    breathing.cycles());
        }
        List<String> parts = new ArrayList<>();
        if (dosage.isHold()) {
            parts.add(i18n.get("dosage.hold", duration(dosage.holdSeconds())));
            parts.add(i18n.get("dosage.times", dosage.reps()));
        } else if (dosage.repSeconds() > 0) {
            parts.add(i18n.get("dosage.moves", dosage.reps()));
            parts.add(i18n.get("dosage.movesTempo", seconds(dosage.repSeconds())));
        } else {
            parts.add(i18n.get("dosage.pressWhenDone", dosage.reps()));
        }
        if (dosage.sets() > 1) {
            parts.add(i18n.get("dosage.sets", dosage.sets()));
        }
        if (dosage.sides() == Sides.LEFT_RIGHT) {
            parts.add(i18n.get("dosage.eachSide"));
        } else if (dosage.sides() == Sides.ALTERNATING) {
            parts.add(i18n.get("dosage.alternating"));
        }
        if (dosage.restSeconds() > 0 && (dosage.sets() > 1 || (dosage.reps() > 1 && restsBetweenReps(dosage)))) {
            parts.add(i18n.get("dosage.rest", seconds(dosage.restSeconds())));
        }
        return String.join(", ", parts);
    }

    /**
     * Holds and "press when done" movements rest between repetitions; timed movements run as one
     * stretch of time, so they rest only between sets (as the session plays them).
     */
    private static boolean restsBetweenReps(Dosage dosage) {
        return dosage.isHold() || dosage.repSeconds() == 0;
    }

    /** "45 s", "20 min", "1 min 30 s". */
    public String duration(int totalSeconds) {
        if (totalSeconds < 60) {
            return seconds(totalSeconds);
        }
        int minutes = totalSeconds / 60;
        int rest = totalSeconds % 60;
        return rest == 0 ? i18n.get("duration.minutes", minutes) : i18n.get("duration.minutesSeconds", minutes, rest);
    }

    private String seconds(int s) {
        return i18n.get("duration.seconds", s);
    }
}
