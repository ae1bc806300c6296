package org.limber.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class RedFlagsTest {

    @Test
    void theEmergencyTierHoldsTheCaudaEquinaSignsAndTheOtherEmergencies() {
        assertThat(RedFlags.keys(RedFlags.Tier.EMERGENCY)).contains(
                // cauda equina: saddle numbness, retention before incontinence, bowel, sexual function, both legs
                "saddle-numbness", "bladder", "bowel", "sexual", "both-legs",
                // worsening weakness, chest pain, sudden severe pain with sweating or faintness, serious accident
                "leg-weakness", "chest-pain", "sudden-severe", "accident");
    }

    @Test
    void theSoonTierHoldsFractureInfectionCancerInflammatoryAndPainThatRestDoesNotEase() {
        assertThat(RedFlags.keys(RedFlags.Tier.SOON)).contains("fracture", "infection", "cancer", "inflammatory",
                "night-pain", "mid-back", "no-improvement");
    }

    @Test
    void noSignIsInBothTiersAndNoCaudaEquinaSignIsOnlySoon() {
        assertThat(new HashSet<>(RedFlags.EMERGENCY)).doesNotContainAnyElementsOf(RedFlags.SOON);
        assertThat(RedFlags.SOON).doesNotContain("bladder", "bowel", "saddle-numbness", "both-legs");
    }

    @Test
    void theMostUrgentAnswerDecides() {
        assertThat(RedFlags.outcome(List.of())).isEqualTo(RedFlags.Outcome.CLEAR);
        assertThat(RedFlags.outcome(List.of("night-pain"))).isEqualTo(RedFlags.Outcome.SEE_DOCTOR);
        assertThat(RedFlags.outcome(List.of("night-pain", "bladder"))).isEqualTo(RedFlags.Outcome.EMERGENCY);
        assertThat(RedFlags.outcome(List.of("fall"))).as("a key of an older version means nothing now")
                .isEqualTo(RedFlags.Outcome.CLEAR);
    }

    @Test
    void answersFromAnOlderVersionAreDropped() {
        assertThat(RedFlags.known(List.of("fall", "cancer", "bladder"))).containsExactly("bladder", "cancer");
    }

    @Test
    void everySignAndSelfCareLineIsWrittenInEveryLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.limber.i18n.messages", locale);
            for (String key : RedFlags.all()) {
                assertThat(bundle.getString("safety.flag." + key)).as(locale + " " + key).isNotBlank();
            }
            for (String key : SelfCare.KEYS) {
                assertThat(bundle.getString("selfcare." + key)).isNotBlank();
            }
        }
    }

    @Test
    void selfCareTurnsOverDayByDay() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        List<String> week = day.datesUntil(day.plusDays(SelfCare.KEYS.size())).map(SelfCare::forDay).toList();
        assertThat(week).containsExactlyInAnyOrderElementsOf(SelfCare.KEYS);
    }
}
