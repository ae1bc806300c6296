package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.io.StorageException;
import org.limber.profile.Profile;
import org.limber.safety.RedFlags;
import org.limber.safety.SafetyAnswers;

class SqlSafetyStoreTest {

    @TempDir
    Path dir;
    Database db;
    SqlSafetyStore store;
    final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    final SafetyAnswers anna = new SafetyAnswers(List.of("over-50", "night-pain"), List.of("pregnancy", "knee"),
            RedFlags.VERSION);

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir, clock);
        store = new SqlSafetyStore(db, clock);
        new SqlProfileStore(db, clock).saveProfile(new Profile("anna", "Anna", ""));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachProfileKeepsItsOwnAnswersInOrder() throws Exception {
        assertThat(store.answers("anna")).as("a new client was never asked").isEqualTo(SafetyAnswers.NOT_ASKED);
        assertThat(store.answers(Profile.ME)).isEqualTo(SafetyAnswers.NOT_ASKED);
        store.save("anna", anna);
        assertThat(store.answers("anna")).isEqualTo(anna);
        assertThat(store.answers(Profile.ME)).isEqualTo(SafetyAnswers.NOT_ASKED);

        SafetyAnswers again = new SafetyAnswers(List.of("bladder"), List.of(), 0);
        store.save("anna", again);
        assertThat(store.answers("anna")).isEqualTo(again);
    }

    @Test
    void earlierAnswersAreAdoptedOnlyByAProfileThatHasNone() throws Exception {
        SafetyAnswers old = new SafetyAnswers(List.of("night-pain"), List.of("eyes"), 1);
        assertThat(store.adopt(Profile.ME, old)).isTrue();
        assertThat(store.answers(Profile.ME)).isEqualTo(old);
        assertThat(store.adopt(Profile.ME, SafetyAnswers.NOT_ASKED)).as("once").isFalse();
        assertThat(store.answers(Profile.ME)).isEqualTo(old);
    }

    @Test
    void deletingAProfileTakesItsAnswersAndAnswersNeedAProfile() throws Exception {
        store.save("anna", anna);
        new SqlProfileStore(db, clock).deleteProfile("anna");
        new SqlProfileStore(db, clock).saveProfile(new Profile("anna", "Anna again", ""));
        assertThat(store.answers("anna")).isEqualTo(SafetyAnswers.NOT_ASKED);
        assertThatThrownBy(() -> store.save("nobody", anna)).isInstanceOf(StorageException.class);
    }
}
