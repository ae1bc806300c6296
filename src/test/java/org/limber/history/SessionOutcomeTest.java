package org.limber.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SessionOutcomeTest {

    @Test
    void reachingTheEndIsCompletedOnlyWithAtMostAQuarterSkipped() {
        assertThat(SessionOutcome.of("completed", 600, 600)).isEqualTo(SessionOutcome.COMPLETED);
        assertThat(SessionOutcome.of("completed", 600, 450)).isEqualTo(SessionOutcome.COMPLETED);
        assertThat(SessionOutcome.of("completed", 600, 449)).isEqualTo(SessionOutcome.PARTLY_DONE);
        assertThat(SessionOutcome.of("completed", 600, 18)).as("3 % done").isEqualTo(SessionOutcome.PARTLY_DONE);
        assertThat(SessionOutcome.of("completed", 600, 900)).as("took longer than planned")
                .isEqualTo(SessionOutcome.COMPLETED);
    }

    @Test
    void stoppedAndInterruptedFollowTheEndStateWhateverWasDone() {
        assertThat(SessionOutcome.of("stopped", 600, 600)).isEqualTo(SessionOutcome.STOPPED);
        assertThat(SessionOutcome.of("stopped", 600, 0)).isEqualTo(SessionOutcome.STOPPED);
        assertThat(SessionOutcome.of("running", 600, 590)).isEqualTo(SessionOutcome.INTERRUPTED);
        assertThat(SessionOutcome.of(null, 600, 0)).isEqualTo(SessionOutcome.INTERRUPTED);
    }

    @Test
    void aSlotIsKeptFromHalfThePlannedTime() {
        assertThat(SessionOutcome.keepsSlot(600, 300)).isTrue();
        assertThat(SessionOutcome.keepsSlot(600, 299)).isFalse();
        assertThat(SessionOutcome.keepsSlot(601, 300)).isFalse();
        assertThat(SessionOutcome.keepsSlot(601, 301)).isTrue();
        assertThat(SessionOutcome.keepsSlot(600, 18)).isFalse();
    }

    @Test
    void theSummaryShowsTheDerivedOutcome() {
        SessionSummary skippedThrough = new SessionSummary("s", "Yoga", 0, LocalDate.of(2026, 11, 1), 600, 18,
                "completed", null, null, 0);
        assertThat(skippedThrough.outcome()).isEqualTo(SessionOutcome.PARTLY_DONE);
        assertThat(skippedThrough.completionPercent()).isEqualTo(3);
        assertThat(skippedThrough.outcome().key()).isEqualTo("partly_done");
    }
}
