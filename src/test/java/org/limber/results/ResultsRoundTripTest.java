package org.limber.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.limber.history.HistoryFigures;
import org.limber.history.HistoryStore;
import org.limber.history.ProgressFigures;
import org.limber.history.SessionSummary;
import org.limber.library.Dosage;
import org.limber.library.Sides;
import org.limber.plan.Plan;
import org.limber.profile.Profile;
import org.limber.routine.Routine;
import org.limber.routine.Step;
import org.limber.session.SessionRecorder;
import org.limber.session.SessionRecorder.SessionStart;
import org.limber.session.SessionRecorder.Status;
import org.limber.session.SessionRecorder.StepRecord;
import org.limber.session.SessionRecorder.StepResult;
import org.limber.storage.Database;
import org.limber.storage.SqlHistoryFigures;
import org.limber.storage.SqlHistoryStore;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlResultsStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.storage.SqlSessionRecorder;

/**
 * Round trip, as a property over generated histories: routines, plans and sessions are played on
 * one data folder through the recorder the player writes with (completed, partly done, stopped,
 * interrupted at any step or before the first, pain given or not, notes, every step's result with
 * "It hurts"), sent as a results file and imported into another: the History rows and each
 * session's steps, the figures of the History page and the progress report (the same
 * {@link ProgressFigures}) and plan adherence are the same on both, for several filters.
 * <p>
 * The histories come from a seeded generator: each seed is one test (its name says which), so a
 * failure is reproduced by its seed. {@code -Dlimber.roundTrip.histories=N} tries N seeds
 * (default 10; each opens two databases, so tries are few and whole).
 */
class ResultsRoundTripTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final String[] EXERCISES = {"knee-to-chest", "cat-cow", "bridge", "deep-breathing", "child-pose"};
    static final String[] NOTES = {"Felt stiff in the morning", "Besser als gestern – weniger Schmerzen",
        "  ", "Hurt when I bent over\nbut fine after", "ok"};

    @TempDir
    Path dir;
    final List<Database> open = new ArrayList<>();

    static Stream<Long> seeds() {
        int histories = Integer.getInteger("limber.roundTrip.histories", 10);
        return LongStream.range(0, histories).map(i -> 0x5EED_0000L + i * 7919).boxed();
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void historyReportAndAdherenceAreTheSameAfterTheRoundTrip(long seed) throws Exception {
        Clock clock = Clock.fixed(TODAY.atTime(21, 0).atZone(ZONE).toInstant(), ZONE);
        Database patient = db("patient-" + seed, clock);
        Database physio = db("physio-" + seed, clock);
        Generated history = new Generator(new SplittableRandom(seed), patient, clock).play();

        Path file = dir.resolve("sent-" + seed + ResultsFiles.EXTENSION);
        Results sender = results(patient, clock);
        Results.Range range = sender.defaultRange(Profile.ME);
        Results.Sent sent = sender.send(Profile.ME, "Anna", range.from(), range.to(), file);
        assertThat(sent.sessions()).isEqualTo(history.sessions());
        ImportSummary imported = results(physio, clock).importFile(file, new ImportTarget.NewClient("client", "Anna"));
        assertThat(imported.added()).isEqualTo(history.sessions());

        Side mine = new Side(patient, Profile.ME);
        Side theirs = new Side(physio, "client");
        LocalDate first = history.firstDay().minusDays(3);
        assertThat(theirs.rows(first)).as("History rows").isEqualTo(mine.rows(first)).hasSize(history.sessions());
        for (SessionSummary row : mine.rows(first)) {
            assertThat(theirs.history.steps(row.id())).as("steps of %s", row.id()).isEqualTo(mine.history.steps(row.id()));
        }
        List<HistoryFigures.Filter> filters = new ArrayList<>(List.of(
                new HistoryFigures.Filter(null, first, TODAY, null),
                new HistoryFigures.Filter(null, TODAY.minusDays(29), TODAY, null),
                new HistoryFigures.Filter(null, first.plusDays(10), TODAY.minusDays(20), null),
                new HistoryFigures.Filter(null, TODAY.minusYears(4), TODAY.plusDays(5), null)));
        history.routines().forEach(r -> filters.add(new HistoryFigures.Filter(null, first, TODAY, r.name())));
        boolean planned = false;
        for (HistoryFigures.Filter filter : filters) {
            ProgressFigures a = mine.figures(filter, TODAY);
            ProgressFigures b = theirs.figures(filter, TODAY);
            String what = filter.from() + " to " + filter.to() + ", routine " + filter.routineName();
            assertThat(b.adherence()).as("adherence, %s", what).isEqualTo(a.adherence());
            assertThat(b.adherencePer()).as("adherence per period, %s", what).isEqualTo(a.adherencePer());
            assertThat(b.totals()).as("totals, %s", what).isEqualTo(a.totals());
            assertThat(b.days()).as("days, %s", what).isEqualTo(a.days());
            assertThat(b.exercises()).as("exercises, %s", what).isEqualTo(a.exercises());
            assertThat(b.notes()).as("notes, %s", what).isEqualTo(a.notes());
            assertThat(withoutProfile(b)).as("all figures, %s", what).isEqualTo(withoutProfile(a));
            planned |= a.adherence().planned() > 0;
        }
        assertThat(planned).as("plans were measured").isEqualTo(!history.plans().isEmpty());
    }

    private Database db(String name, Clock clock) throws Exception {
        Database db = Database.open(dir.resolve(name), clock);
        open.add(db);
        return db;
    }

    private static Results results(Database db, Clock clock) {
        return new Results(new SqlResultsStore(db), new SqlPlanStore(db, clock), new ResultsFiles(), clock,
                () -> "7c1e0b9a-2d4f-4a6b-8c0d-1e2f3a4b5c6d");
    }

    private static ProgressFigures withoutProfile(ProgressFigures f) {
        HistoryFigures.Filter filter = new HistoryFigures.Filter(null, f.filter().from(), f.filter().to(),
                f.filter().routineName());
        return new ProgressFigures(filter, f.totals(), f.days(), f.exercises(), f.notes(), f.streaks(), f.adherence(),
                f.period(), f.secondsPer(), f.adherencePer());
    }

    /** One computer's view of one profile, through the stores the History page and the report read. */
    private static final class Side {
        final HistoryStore history;
        final SqlHistoryFigures figures;
        final SqlPlanStore plans;
        final String profileId;

        Side(Database db, String profileId) {
            this.history = new SqlHistoryStore(db);
            this.figures = new SqlHistoryFigures(db);
            this.plans = new SqlPlanStore(db, Clock.systemUTC());
            this.profileId = profileId;
        }

        List<SessionSummary> rows(LocalDate from) throws Exception {
            return history.sessions(profileId, from, TODAY, 100_000, 0);
        }

        ProgressFigures figures(HistoryFigures.Filter f, LocalDate today) throws Exception {
            return ProgressFigures.load(figures, history, plans,
                    new HistoryFigures.Filter(profileId, f.from(), f.to(), f.routineName()), today);
        }
    }

    /** What was played: the routines and plans made and how many sessions, from which day. */
    private record Generated(List<Routine> routines, List<Plan> plans, int sessions, LocalDate firstDay) {
    }

    /** Plays a random history on the patient's data folder, the way the player records it. */
    private static final class Generator {
        final SplittableRandom random;
        final Database db;
        final Clock clock;
        final SessionRecorder recorder;
        int sessions;

        Generator(SplittableRandom random, Database db, Clock clock) {
            this.random = random;
            this.db = db;
            this.clock = clock;
            this.recorder = new SqlSessionRecorder(db);
        }

        Generated play() throws Exception {
            List<Routine> routines = new ArrayList<>();
            SqlRoutineStore store = new SqlRoutineStore(db, clock);
            for (int r = 0, n = 1 + random.nextInt(3); r < n; r++) {
                List<Step> steps = new ArrayList<>();
                for (int s = 0, k = 1 + random.nextInt(6); s < k; s++) {
                    steps.add(new Step(EXERCISES[random.nextInt(EXERCISES.length)], new Dosage(1 + random.nextInt(3),
                            1 + random.nextInt(5), 10 + random.nextInt(50), 0, random.nextInt(20), Sides.NONE, 0, 5), null,
                            ""));
                }
                Routine routine = new Routine("routine-" + r, "Routine " + r, "", steps);
                store.save(Profile.ME, routine, List.of());
                routines.add(routine);
            }
            int span = 20 + random.nextInt(160);
            LocalDate firstDay = TODAY.minusDays(span);
            List<Plan> plans = new ArrayList<>();
            SqlPlanStore planStore = new SqlPlanStore(db, clock);
            for (int p = 0, n = random.nextInt(3); p < n; p++) {
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                for (int d = 0, k = 1 + random.nextInt(7); d < k; d++) {
                    days.add(DayOfWeek.of(1 + random.nextInt(7)));
                }
                List<LocalTime> times = random.nextBoolean() ? List.of(LocalTime.of(8, 0))
                        : List.of(LocalTime.of(7, 30), LocalTime.of(19, 0));
                LocalDate start = firstDay.plusDays(random.nextInt(span / 2 + 1));
                LocalDate end = random.nextBoolean() ? null : start.plusDays(random.nextInt(span));
                Plan plan = new Plan("plan-" + p, Profile.ME, routines.get(random.nextInt(routines.size())).id(), null,
                        times, days, start, end);
                planStore.savePlan(plan);
                plans.add(plan);
            }
            for (LocalDate day = firstDay; !day.isAfter(TODAY); day = day.plusDays(1)) {
                int count = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(random.nextInt(10) == 0 ? 3 : 1);
                for (int i = 0; i < count; i++) {
                    play(routines.get(random.nextInt(routines.size())), day, i);
                }
            }
            return new Generated(routines, plans, sessions, firstDay);
        }

        /** One session: the kind first (six in ten completed), then pain, steps and how it ended. */
        private void play(Routine routine, LocalDate day, int nth) throws Exception {
            int kind = sessions < 6 ? sessions : random.nextInt(10); // every kind at least once
            String id = "s-" + day + "-" + nth;
            ZonedDateTime start = day.atTime(7 + 5 * nth + random.nextInt(4), random.nextInt(60), random.nextInt(60))
                    .atZone(ZONE);
            long at = start.toInstant().toEpochMilli() + random.nextInt(1000);
            int planned = routine.steps().size() * 60;
            Integer painBefore = random.nextInt(4) == 0 ? null : random.nextInt(11);
            recorder.begin(new SessionStart(id, Profile.ME, routine.id(), routine.name(), at, day.toString(), planned,
                    painBefore));
            sessions++;
            // 0: interrupted before its first step, 1: interrupted later, 2: stopped, else played to the end
            int steps = kind == 0 ? 0 : kind == 1 || kind == 2 ? random.nextInt(routine.steps().size() + 1)
                    : routine.steps().size();
            boolean partly = kind == 3;
            for (int s = 0; s < steps; s++) {
                int roll = random.nextInt(10);
                StepResult result = partly && roll < 5 || roll == 0 ? StepResult.SKIPPED
                        : roll == 1 || kind == 4 && s == 0 ? StepResult.HURT : StepResult.DONE;
                int done = result == StepResult.DONE ? 60 : random.nextInt(60);
                at += done * 1000L + random.nextInt(2000);
                Step step = routine.steps().get(s);
                recorder.step(id, new StepRecord(s, step.exerciseId(), "Exercise " + step.exerciseId(), 60, done, result,
                        at));
            }
            if (kind == 0 || kind == 1) {
                return; // the app closed during the session: it stays running
            }
            Integer painAfter = random.nextInt(4) == 0 ? null : random.nextInt(11);
            String note = kind == 5 || random.nextInt(5) == 0 ? NOTES[random.nextInt(NOTES.length)] : null;
            recorder.finish(id, kind == 2 ? Status.STOPPED : Status.COMPLETED, at + 5000, steps == 0 ? random.nextInt(30)
                    : 0, painAfter, note);
        }
    }
}
