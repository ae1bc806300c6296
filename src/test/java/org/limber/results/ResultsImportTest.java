package org.limber.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.limber.profile.Profile;
import org.limber.results.ResultsFileException.Kind;
import org.limber.session.SessionRecorder.Status;
import org.limber.storage.Backend;
import org.limber.storage.BothBackends;
import org.limber.storage.Database;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlProfileStore;
import org.limber.storage.SqlResultsStore;

/** Sending on one data folder and importing on another, through the real database. */
@BothBackends
class ResultsImportTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    Database patientDb;
    Database physioDb;
    Results patient;
    Results physio;
    SqlResultsStore patientStore;
    SqlResultsStore physioStore;
    final Clock clock = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
    final AtomicInteger ids = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        patientDb = backend.open(dir.resolve("patient"), clock);
        physioDb = backend.open(dir.resolve("physio"), clock);
        patientStore = new SqlResultsStore(patientDb);
        physioStore = new SqlResultsStore(physioDb);
        patient = results(patientDb, patientStore);
        physio = results(physioDb, physioStore);
    }

    private Results results(Database db, SqlResultsStore store) {
        return new Results(store, new SqlPlanStore(db, clock), new ResultsFiles(), clock,
                () -> String.format("00000000-0000-4000-8000-%012d", ids.incrementAndGet()));
    }

    @AfterEach
    void close() {
        patientDb.close();
        physioDb.close();
    }

    /** Puts sessions into the patient's history the way an import would (the recorder's tables). */
    private void played(List<ResultSession> sessions) throws Exception {
        ResultsFile file = new ResultsFile(new ResultsFile.Person("11111111-1111-4111-8111-111111111111", "Self"),
                List.of(), sessions);
        new SqlResultsStore(patientDb).merge(file, new ImportTarget.Existing(Profile.ME), 0);
    }

    private Path file(String name, List<ResultSession> sessions) throws Exception {
        Path path = dir.resolve(name + ResultsFiles.EXTENSION);
        new ResultsFiles().write(SampleResults.file(sessions), path);
        return path;
    }

    private List<ResultSession> kept(Database db, String profileId) throws Exception {
        return new SqlResultsStore(db).sessions(profileId, LocalDate.EPOCH, LocalDate.of(2100, 1, 1));
    }

    @Test
    void sentResultsArriveWhole() throws Exception {
        List<ResultSession> sessions = SampleResults.daily("s", LocalDate.of(2026, 1, 1), 40, 6);
        played(sessions);
        Path sent = dir.resolve("out" + ResultsFiles.EXTENSION);
        Results.Range range = patient.defaultRange(Profile.ME);
        Results.Sent report = patient.send(Profile.ME, "Anna B.", range.from(), range.to(), sent);
        assertThat(report.sessions()).isEqualTo(40);

        ImportSummary summary = physio.importFile(sent, new ImportTarget.NewClient("client-anna", "Anna B."));
        assertThat(summary).isEqualTo(new ImportSummary("client-anna", true, 40, 0, 0, 0));
        assertThat(kept(physioDb, "client-anna")).isEqualTo(kept(patientDb, Profile.ME)).isEqualTo(sessions);
        assertThat(new SqlProfileStore(physioDb, clock).listProfiles()).extracting(Profile::name).contains("Anna B.");
    }

    @Test
    void theLastSendIsRememberedPerProfileAndThePersonIdStays() throws Exception {
        assertThat(patient.defaultRange(Profile.ME))
                .isEqualTo(new Results.Range(LocalDate.EPOCH, LocalDate.of(2026, 3, 15), Optional.empty()));
        new SqlProfileStore(patientDb, clock).saveProfile(new Profile("other", "Other", null));
        Results.Sent first = patient.send(Profile.ME, "A", LocalDate.EPOCH, LocalDate.of(2026, 3, 15),
                dir.resolve("1" + ResultsFiles.EXTENSION));
        Results.Sent again = patient.send(Profile.ME, "A", LocalDate.EPOCH, LocalDate.of(2026, 3, 15),
                dir.resolve("2" + ResultsFiles.EXTENSION));
        Results.Sent other = patient.send("other", "B", LocalDate.EPOCH, LocalDate.of(2026, 3, 15),
                dir.resolve("3" + ResultsFiles.EXTENSION));
        assertThat(again.personId()).isEqualTo(first.personId()).isNotEqualTo(other.personId());
        assertThat(patient.defaultRange(Profile.ME).from()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(patient.defaultRange(Profile.ME).lastSent()).contains(clock.instant());
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws Exception {
        Path path = file("a", SampleResults.daily("s", LocalDate.of(2026, 1, 1), 30, 4));
        ImportSummary first = physio.importFile(path, new ImportTarget.NewClient("c1", "Anna"));
        List<ResultSession> after = kept(physioDb, "c1");
        ImportSummary second = physio.importFile(path, new ImportTarget.Known());
        assertThat(first.added()).isEqualTo(30);
        assertThat(second).isEqualTo(new ImportSummary("c1", false, 0, 0, 30, 1));
        assertThat(kept(physioDb, "c1")).isEqualTo(after).hasSize(30);
    }

    @Test
    void aNewerCopyOfASessionReplacesTheOlderOneAndAnOlderCopyDoesNot() throws Exception {
        List<ResultSession> early = SampleResults.daily("s", LocalDate.of(2026, 1, 1), 7, 3);
        ResultSession running = early.get(6);
        assertThat(running.status()).isEqualTo(Status.RUNNING);
        ResultSession completed = new ResultSession(running.id(), running.routineId(), running.routineName(),
                running.startedAt(), running.startedAt().plusSeconds(600), running.date(), running.plannedSeconds(),
                running.doneSeconds(), Status.COMPLETED, running.painBefore(), 3, null, running.steps());
        ResultSession noted = new ResultSession(completed.id(), completed.routineId(), completed.routineName(),
                completed.startedAt(), completed.endedAt(), completed.date(), completed.plannedSeconds(),
                completed.doneSeconds(), completed.status(), completed.painBefore(), 3, "Better today",
                completed.steps());
        List<ResultSession> later = new ArrayList<>(early.subList(0, 6));
        later.add(completed);
        List<ResultSession> latest = new ArrayList<>(early.subList(0, 6));
        latest.add(noted);

        physio.importFile(file("1", early), new ImportTarget.NewClient("c1", "Anna"));
        assertThat(physio.importFile(file("2", later), new ImportTarget.Known()))
                .isEqualTo(new ImportSummary("c1", false, 0, 1, 6, 1));
        assertThat(physio.importFile(file("3", latest), new ImportTarget.Known()).updated()).isEqualTo(1);
        assertThat(physio.importFile(file("1", early), new ImportTarget.Known()).updated()).as("the old file again")
                .isZero();
        assertThat(kept(physioDb, "c1")).hasSize(7).contains(noted).doesNotContain(running, completed);
    }

    @Test
    void laterFilesGoToTheSameClientByThePersonId() throws Exception {
        new SqlProfileStore(physioDb, clock).saveProfile(new Profile("c1", "Anna", null));
        new SqlProfileStore(physioDb, clock).saveProfile(new Profile("c2", "Bert", null));
        assertThatThrownBy(() -> physio.importFile(file("0", SampleResults.daily("s", LocalDate.of(2026, 1, 1), 1, 1)),
                new ImportTarget.Known())).isInstanceOfSatisfying(ResultsFileException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.NO_CLIENT));
        physio.importFile(file("1", SampleResults.daily("s", LocalDate.of(2026, 1, 1), 2, 1)),
                new ImportTarget.Existing("c1"));
        ResultsFile next = physio.read(file("2", SampleResults.daily("s", LocalDate.of(2026, 1, 1), 5, 1)));
        assertThat(physio.clientOf(next)).contains("c1");
        assertThat(physio.importFile(next, new ImportTarget.Known())).isEqualTo(new ImportSummary("c1", false, 3, 0, 2, 1));
        assertThat(physio.importFile(next, new ImportTarget.Existing("c1")).unchanged()).isEqualTo(5);
        assertThatThrownBy(() -> physio.importFile(next, new ImportTarget.Existing("c2")))
                .isInstanceOfSatisfying(ResultsFileException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.PERSON_ELSEWHERE));
        assertThat(kept(physioDb, "c2")).isEmpty();
    }

    @Test
    void aRefusedImportLeavesTheDatabaseAsItWas() throws Exception {
        physio.importFile(file("mine", SampleResults.daily("x", LocalDate.of(2026, 1, 1), 3, 2)),
                new ImportTarget.Existing(Profile.ME));
        List<ResultSession> clash = new ArrayList<>(SampleResults.daily("s", LocalDate.of(2026, 1, 1), 4, 2));
        clash.add(SampleResults.daily("x", LocalDate.of(2026, 1, 1), 1, 2).get(0));
        ResultsFile other = new ResultsFile(new ResultsFile.Person("22222222-2222-4222-8222-222222222222", "Bert"),
                List.of(SampleResults.plan()), clash);
        assertThatThrownBy(() -> physio.importFile(other, new ImportTarget.NewClient("c9", "Bert")))
                .isInstanceOfSatisfying(ResultsFileException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.SESSION_ELSEWHERE));
        assertThat(new SqlProfileStore(physioDb, clock).listProfiles()).extracting(Profile::id).doesNotContain("c9");
        assertThat(physio.clientOf(other)).isEmpty();
        assertThat(kept(physioDb, Profile.ME)).hasSize(3);
        assertThat(kept(physioDb, "c9")).isEmpty();
    }
}
