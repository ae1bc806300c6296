package org.limber.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.limber.clients.ClientsSource;
import org.limber.history.HistoryFigures.Day;
import org.limber.history.HistoryFigures.ExerciseTally;
import org.limber.history.HistoryFigures.Filter;
import org.limber.history.HistoryFigures.Totals;
import org.limber.history.HistoryStore;
import org.limber.history.SessionSummary;
import org.limber.profile.Profile;
import org.limber.results.FollowedPlan;
import org.limber.results.ImportTarget;
import org.limber.results.ResultSession;
import org.limber.results.ResultsFile;
import org.limber.session.SessionRecorder;
import org.limber.session.SessionRecorder.StepResult;

/** The history's counted figures and the clients overview: the SQL that counts conditions and sorts by name. */
@BothBackends
class SqlFiguresAndClientsTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;
    Database db;
    SqlSessionRecorder recorder;
    SqlHistoryFigures figures;
    final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    final Filter all = new Filter("me", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), null);

    @BeforeEach
    void open() throws Exception {
        db = backend.open(dir, clock);
        recorder = new SqlSessionRecorder(db);
        figures = new SqlHistoryFigures(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void session(String id, String date, String routine, int done, SessionRecorder.Status status,
            Integer before, Integer after, StepResult second, String notes) throws Exception {
        recorder.begin(new SessionRecorder.SessionStart(id, "me", "r", routine, 1000 + id.charAt(0), date, 400, before));
        recorder.step(id, new SessionRecorder.StepRecord(0, "bridge", "Bridge", 200, done / 2, StepResult.DONE, 2000));
        recorder.step(id, new SessionRecorder.StepRecord(1, "cat-cow", "Cat-cow", 200, done - done / 2, second, 3000));
        if (status != SessionRecorder.Status.RUNNING) {
            recorder.finish(id, status, 4000, done, after, notes);
        }
    }

    private void fourSessions() throws Exception {
        session("a", "2026-11-20", "Morning", 400, SessionRecorder.Status.COMPLETED, 6, 4, StepResult.DONE, null);
        session("b", "2026-11-20", "Evening", 200, SessionRecorder.Status.COMPLETED, 5, 4, StepResult.HURT, "Pulled");
        session("c", "2026-11-21", "Morning", 100, SessionRecorder.Status.STOPPED, null, null, StepResult.SKIPPED, "");
        session("d", "2026-11-22", "Morning", 0, SessionRecorder.Status.RUNNING, 2, null, StepResult.SKIPPED, null);
    }

    @Test
    void totalsCountEachOutcomeOnce() throws Exception {
        fourSessions();
        Totals totals = figures.totals(all);
        assertThat(totals).isEqualTo(new Totals(4, 1, 1, 1, 1, 700, 13 / 3.0, 4.0, 1, 1));
        assertThat(figures.totals(new Filter("me", all.from(), all.to(), "Evening")))
                .isEqualTo(new Totals(1, 0, 1, 0, 0, 200, 5.0, 4.0, 1, 1));
        assertThat(figures.totals(new Filter("nobody", all.from(), all.to(), null)))
                .isEqualTo(new Totals(0, 0, 0, 0, 0, 0, null, null, 0, 0));
    }

    @Test
    void daysExercisesAndNotes() throws Exception {
        fourSessions();
        assertThat(figures.days(all)).containsExactly(
                new Day(LocalDate.of(2026, 11, 20), 2, 800, 600, 5.5, 4.0),
                new Day(LocalDate.of(2026, 11, 21), 1, 400, 100, null, null),
                new Day(LocalDate.of(2026, 11, 22), 1, 400, 0, 2.0, null));
        assertThat(figures.exercises(all)).containsExactly(
                new ExerciseTally("bridge", "Bridge", 4, 0, 0), new ExerciseTally("cat-cow", "Cat-cow", 1, 2, 1));
        assertThat(figures.notes(all, 5)).extracting(n -> n.text()).containsExactly("Pulled");
    }

    @Test
    void everySessionAndStepIsHandedOverInOrder() throws Exception {
        fourSessions();
        List<String> sessions = new ArrayList<>();
        figures.eachSession(all, (SessionSummary s) -> sessions.add(s.id() + ":" + s.hurtSteps()));
        assertThat(sessions).containsExactly("a:0", "b:1", "c:0", "d:0");
        List<String> steps = new ArrayList<>();
        figures.eachStep(all, (HistoryStore.StepSummary s) -> steps.add(s.sessionId() + s.position()));
        assertThat(steps).containsExactly("a0", "a1", "b0", "b1", "c0", "c1", "d0", "d1");
    }

    @Test
    void clientsAreSortedByNameWhateverItsCase() throws Exception {
        SqlResultsStore results = new SqlResultsStore(db);
        SqlProfileStore profiles = new SqlProfileStore(db, clock);
        int n = 0;
        for (String name : List.of("bert", "Anna", "Carla")) {
            n++;
            String id = "p" + n;
            profiles.saveProfile(new Profile(id, name, null));
            results.merge(new ResultsFile(new ResultsFile.Person("00000000-0000-4000-8000-00000000000" + n, name),
                    List.<FollowedPlan>of(), List.<ResultSession>of()), new ImportTarget.Existing(id), 1000L * n);
        }
        assertThat(new SqlClients(db).clients()).extracting(ClientsSource.Client::name)
                .containsExactly("Anna", "bert", "Carla");
        assertThat(new SqlClients(db).clients().get(1).lastImport()).isEqualTo(Instant.ofEpochMilli(1000));
    }
}
