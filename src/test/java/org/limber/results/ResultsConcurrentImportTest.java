package org.limber.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limber.profile.Profile;
import org.limber.results.ResultsFileException.Kind;
import org.limber.session.SessionRecorder.Status;
import org.limber.storage.Database;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlProfileStore;
import org.limber.storage.SqlResultsStore;

/**
 * Two results files of the same person imported at the same time on two threads, into the real
 * store on one SQLite file: the first 60 days and days 30 to 89, where the second file has the
 * sessions that were still running in the first one completed. Whichever goes first, every
 * session is there once, in its furthest copy, with its steps once, and each summary counts
 * each of its file's sessions once, in a way that fits the other's.
 */
class ResultsConcurrentImportTest {

    static final int ROUNDS = 6;
    static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;
    Database db;
    Results results;
    ExecutorService threads;
    final Clock clock = Clock.fixed(Instant.parse("2026-04-15T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("physio"), clock);
        results = new Results(new SqlResultsStore(db), new SqlPlanStore(db, clock), new ResultsFiles(), clock,
                () -> "00000000-0000-4000-8000-000000000000");
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        db.close();
    }

    /** The two files of one person (ids prefixed by the round) and what should be kept after both. */
    private record Pair(Path early, Path late, Map<String, ResultSession> expected, int completedLater) {
    }

    private Pair files(int round, String person) throws Exception {
        List<ResultSession> all = SampleResults.daily("r" + round, FIRST, 90, 4);
        List<ResultSession> early = all.subList(0, 60);
        List<ResultSession> late = new ArrayList<>();
        int completedLater = 0;
        for (ResultSession s : all.subList(30, 90)) {
            boolean inBoth = s.date().isBefore(FIRST.plusDays(60));
            if (inBoth && s.status() == Status.RUNNING) {
                s = new ResultSession(s.id(), s.routineId(), s.routineName(), s.startedAt(), s.startedAt().plusSeconds(600),
                        s.date(), s.plannedSeconds(), s.doneSeconds(), Status.COMPLETED, s.painBefore(), 2, "Finished",
                        s.steps());
                completedLater++;
            }
            late.add(s);
        }
        Map<String, ResultSession> expected = new LinkedHashMap<>();
        early.forEach(s -> expected.put(s.id(), s));
        late.forEach(s -> expected.put(s.id(), s));
        return new Pair(write("early-" + round, person, early), write("late-" + round, person, late), expected,
                completedLater);
    }

    private Path write(String name, String person, List<ResultSession> sessions) throws Exception {
        Path path = dir.resolve(name + ResultsFiles.EXTENSION);
        new ResultsFiles().write(new ResultsFile(new ResultsFile.Person(person, "Anna"), List.of(SampleResults.plan()),
                sessions), path);
        return path;
    }

    private static String person(int round) {
        return String.format("3f1c2a9e-5b7d-4e8f-9a0b-%012d", round);
    }

    /** Runs both at once (released together) and returns what each returned or threw. */
    private List<Object> together(Callable<ImportSummary> a, Callable<ImportSummary> b) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ImportSummary>> running = new ArrayList<>();
        for (Callable<ImportSummary> work : List.of(a, b)) {
            running.add(threads.submit(() -> {
                start.await();
                return work.call();
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<ImportSummary> f : running) {
            try {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }

    @Test
    void twoFilesOfAKnownClientAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String client = "client-" + round;
            new SqlProfileStore(db, clock).saveProfile(new Profile(client, "Anna " + round, null));
            Pair pair = files(round, person(round));
            // the person is known here already: an earlier file with the first day only
            results.importFile(write("first-" + round, person(round), List.copyOf(pair.expected().values()).subList(0, 1)),
                    new ImportTarget.Existing(client));

            List<Object> outcomes = together(() -> results.importFile(pair.early(), new ImportTarget.Known()),
                    () -> results.importFile(pair.late(), new ImportTarget.Known()));

            assertThat(outcomes).allMatch(ImportSummary.class::isInstance);
            ImportSummary early = (ImportSummary) outcomes.get(0);
            ImportSummary late = (ImportSummary) outcomes.get(1);
            assertKept(client, pair);
            assertThat(early.added() + early.updated() + early.unchanged()).isEqualTo(60);
            assertThat(late.added() + late.updated() + late.unchanged()).isEqualTo(60);
            assertThat(early.added() + late.added()).as("every session added once").isEqualTo(89);
            if (early.added() == 59) { // the early file went first
                assertThat(late).isEqualTo(new ImportSummary(client, false, 30, pair.completedLater(),
                        30 - pair.completedLater(), 1));
            } else {
                assertThat(late).isEqualTo(new ImportSummary(client, false, 60, 0, 0, 1));
                assertThat(early).as("the early copies are behind the late ones")
                        .isEqualTo(new ImportSummary(client, false, 29, 0, 31, 1));
            }
        }
    }

    @Test
    void twoFilesOfAPersonNewHereAtOnceGoToTheOneClient() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String client = "client-" + round;
            new SqlProfileStore(db, clock).saveProfile(new Profile(client, "Anna " + round, null));
            Pair pair = files(round, person(round));
            // two import dialogs each answered with the same client before either import ran
            List<Object> outcomes = together(() -> results.importFile(pair.early(), new ImportTarget.Existing(client)),
                    () -> results.importFile(pair.late(), new ImportTarget.Existing(client)));

            assertThat(outcomes).allMatch(ImportSummary.class::isInstance);
            ImportSummary early = (ImportSummary) outcomes.get(0);
            ImportSummary late = (ImportSummary) outcomes.get(1);
            assertThat(early.newToThisComputer()).as("only the first is new").isNotEqualTo(late.newToThisComputer());
            assertThat(early.added() + late.added()).isEqualTo(90);
            assertKept(client, pair);
            assertThat(results.clientOf(results.read(pair.early()))).contains(client);
        }
    }

    @Test
    void twoFilesOfAPersonNewHereEachIntoANewClientMakeOneClientOnly() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Pair pair = files(round, person(round));
            String a = "new-a-" + round;
            String b = "new-b-" + round;
            List<Object> outcomes = together(() -> results.importFile(pair.early(), new ImportTarget.NewClient(a, "Anna")),
                    () -> results.importFile(pair.late(), new ImportTarget.NewClient(b, "Anna")));

            List<ImportSummary> done = outcomes.stream().filter(ImportSummary.class::isInstance)
                    .map(ImportSummary.class::cast).toList();
            assertThat(done).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !(o instanceof ImportSummary)).singleElement()
                    .isInstanceOfSatisfying(ResultsFileException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.PERSON_ELSEWHERE));
            String kept = done.get(0).profileId();
            String refused = kept.equals(a) ? b : a;
            assertThat(new SqlProfileStore(db, clock).listProfiles()).extracting(Profile::id).contains(kept)
                    .doesNotContain(refused);
            assertThat(sessionsOf(refused)).isZero();
            assertThat(sessionsOf(kept)).isEqualTo(60);
            // the refused file, imported again now, joins the same client
            Path other = kept.equals(a) ? pair.late() : pair.early();
            assertThat(results.importFile(other, new ImportTarget.Known()).profileId()).isEqualTo(kept);
            assertKept(kept, pair);
        }
    }

    private void assertKept(String client, Pair pair) throws Exception {
        List<ResultSession> kept = new SqlResultsStore(db).sessions(client, LocalDate.EPOCH, LocalDate.of(2100, 1, 1));
        assertThat(kept).as("once each, the furthest copy").containsExactlyInAnyOrderElementsOf(pair.expected().values());
        assertThat(sessionsOf(client)).isEqualTo(90);
        int steps = pair.expected().values().stream().mapToInt(s -> s.steps().size()).sum();
        int stored = db.read(c -> count(c.prepareStatement("SELECT COUNT(*) FROM session_step t JOIN session s"
                + " ON s.id = t.session_id WHERE s.profile_id = ?"), client));
        assertThat(stored).as("steps once each").isEqualTo(steps);
    }

    private int sessionsOf(String profileId) throws Exception {
        return db.read(c -> count(c.prepareStatement("SELECT COUNT(*) FROM session WHERE profile_id = ?"), profileId));
    }

    private static int count(PreparedStatement ps, String key) throws SQLException {
        try (ps) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
