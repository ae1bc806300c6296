package org.limber.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.limber.i18n.Messages;
import org.limber.io.StorageException;

class FailureReasonTest {

    @Test
    void aFullDiskIsCalledAFullDiskAndTheTechnicalTextStaysInTheLog() {
        StorageException full = new StorageException("[SQLITE_FULL] database or disk is full", null,
                StorageException.Problem.DISK_FULL);
        assertThat(FailureReason.of(full)).isEqualTo(FailureReason.DISK_FULL);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            String shown = Failure.of("player.saveFailed", full).text(new Messages(locale));
            assertThat(shown).doesNotContain("SQLITE").doesNotContain("disk is full]");
            assertThat(shown).contains(new Messages(locale).get("failure.reason.diskFull"));
        }
    }

    @Test
    void eachStorageProblemHasItsOwnWords() {
        assertThat(FailureReason.of(new StorageException("x", null, StorageException.Problem.READ_ONLY)))
                .isEqualTo(FailureReason.READ_ONLY);
        assertThat(FailureReason.of(new StorageException("x", null, StorageException.Problem.BUSY)))
                .isEqualTo(FailureReason.BUSY);
        assertThat(FailureReason.of(new StorageException("x", null, StorageException.Problem.DAMAGED)))
                .isEqualTo(FailureReason.DAMAGED);
        assertThat(FailureReason.of(new StorageException("x"))).isEqualTo(FailureReason.DATA);
        assertThat(FailureReason.of(new NoSuchFileException("/x"))).isEqualTo(FailureReason.NOT_FOUND);
        assertThat(FailureReason.of(new IOException("x"))).isEqualTo(FailureReason.FILE);
        assertThat(FailureReason.of(new OutOfMemoryError())).isEqualTo(FailureReason.MEMORY);
    }
}
