package org.limber.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PainRiseTest {

    @Test
    void aSevereRatingOrAClearRiseAsksAgainAndNothingElseDoes() {
        assertThat(PainRise.worrying(6, 10)).isTrue();
        assertThat(PainRise.worrying(null, 8)).as("severe, nothing given before").isTrue();
        assertThat(PainRise.worrying(2, 5)).as("a rise of three").isTrue();
        assertThat(PainRise.worrying(2, 4)).as("a rise of two").isFalse();
        assertThat(PainRise.worrying(null, 7)).isFalse();
        assertThat(PainRise.worrying(9, 7)).as("lower than before, still severe-ish").isFalse();
        assertThat(PainRise.worrying(9, 8)).as("8 is severe even when it fell").isTrue();
        assertThat(PainRise.worrying(5, null)).as("not given").isFalse();
    }
}
