package org.limber.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.limber.session.TimeSource;

class PainChoiceTest {

    private final long[] nanos = {0};
    private final TimeSource time = new TimeSource() {
        @Override
        public long monotonicNanos() {
            return nanos[0];
        }

        @Override
        public long wallMillis() {
            return nanos[0] / 1_000_000L;
        }
    };

    private void later(long millis) {
        nanos[0] += millis * 1_000_000L;
    }

    @Test
    void typingOneThenZeroIsTenNotNoPain() {
        PainChoice choice = new PainChoice(time);
        later(PainChoice.SETTLE_MILLIS);
        choice.typed(1);
        assertThat(choice.value()).isEqualTo(1);
        later(300);
        choice.typed(0);
        assertThat(choice.value()).isEqualTo(10);
    }

    @Test
    void aZeroOnItsOwnOrLongAfterTheOneIsZero() {
        PainChoice choice = new PainChoice(time);
        later(PainChoice.SETTLE_MILLIS);
        choice.typed(0);
        assertThat(choice.value()).isZero();
        choice.typed(1);
        later(PainChoice.TEN_MILLIS + 1);
        choice.typed(0);
        assertThat(choice.value()).isZero();
        choice.typed(5);
        choice.typed(0);
        assertThat(choice.value()).as("only 1 then 0 makes 10").isZero();
    }

    @Test
    void inputWhileTheScreenSettlesIsIgnored() {
        PainChoice choice = new PainChoice(time);
        later(PainChoice.SETTLE_MILLIS - 1);
        choice.typed(7);
        assertThat(choice.value()).isNull();
    }
}
