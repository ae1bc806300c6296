package org.limber.data;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.limber.clients.ClientsSource;
import org.limber.history.HistoryFigures;
import org.limber.history.HistoryStore;
import org.limber.history.SessionSummary;
import org.limber.io.DataNotOpenException;
import org.limber.io.StorageException;
import org.limber.library.CustomExerciseStore;
import org.limber.library.Exercise;
import org.limber.plan.Plan;
import org.limber.plan.PlanStore;
import org.limber.profile.Profile;
import org.limber.profile.ProfileStore;
import org.limber.results.ResultsStore;
import org.limber.routine.Physiotherapist;
import org.limber.routine.Routine;
import org.limber.routine.RoutineStore;
import org.limber.safety.SafetyStore;
import org.limber.session.SessionRecorder;
import org.limber.storage.Database;
import org.limber.storage.SqlCustomExerciseStore;
import org.limber.storage.SqlHistoryStore;
import org.limber.storage.SqlPlanStore;
import org.limber.storage.SqlProfileStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.storage.SqlSessionRecorder;

/**
 * The stores, usable from the start: the database opens in the background after the window
 * shows, and until it has, every call says so ({@link DataNotOpenException}) instead of blocking.
 * The history store is {@link #history()} (its {@code Profile} is another than the profiles'), the figures over
 * any range {@link #figures()}.
 */
public final class LateStores implements RoutineStore, CustomExerciseStore, SessionRecorder, ProfileStore, PlanStore {

    private final Clock clock;
    private final History history = new History();
    private final LateFigures figures = new LateFigures();
    private final LateResults results = new LateResults();
    private final LateSafety safety = new LateSafety();
    private volatile SqlRoutineStore routines;
    private volatile SqlCustomExerciseStore exercises;
    private volatile SqlSessionRecorder sessions;
    private volatile SqlProfileStore people;
    private volatile SqlPlanStore plans;

    public LateStores(Clock clock) {
        this.clock = clock;
    }

    /** Called on the background thread once the database is open (again, after a restore). */
    public void open(Database db) {
        routines = new SqlRoutineStore(db, clock);
        exercises = new SqlCustomExerciseStore(db, clock);
        sessions = new SqlSessionRecorder(db);
        history.sql = new SqlHistoryStore(db);
        figures.open(db);
        results.open(db);
        safety.open(db, clock);
        people = new SqlProfileStore(db, clock);
        plans = new SqlPlanStore(db, clock);
    }

    public boolean isOpen() {
        return routines != null;
    }

    public HistoryStore history() {
        return history;
    }

    public HistoryFigures figures() {
        return figures;
    }

    /** Results files sent and imported. */
    public ResultsStore results() {
        return results;
    }

    /** Each profile's safety answers. */
    public SafetyStore safety() {
        return safety;
    }

    /** The clients overview's reads. */
    public ClientsSource clients() {
        return results;
    }

    /** The store, or the reason it cannot be used yet. */
    static <T> T required(T store) throws StorageException {
        if (store == null) {
            throw new DataNotOpenException();
        }
        return store;
    }

    @Override
    public List<Profile> listProfiles() throws StorageException {
        return required(people).listProfiles();
    }

    @Override
    public void saveProfile(Profile profile) throws StorageException {
        required(people).saveProfile(profile);
    }

    @Override
    public void deleteProfile(String id) throws StorageException {
        required(people).deleteProfile(id);
    }

    @Override
    public String begin(SessionStart start) throws StorageException {
        return required(sessions).begin(start);
    }

    @Override
    public void step(String sessionId, StepRecord step) throws StorageException {
        required(sessions).step(sessionId, step);
    }

    @Override
    public void finish(String sessionId, Status status, long endedAtMillis, int doneSeconds, Integer painAfter,
            String notes) throws StorageException {
        required(sessions).finish(sessionId, status, endedAtMillis, doneSeconds, painAfter, notes);
    }

    @Override
    public List<Plan> plans(String profileId) throws StorageException {
        return required(plans).plans(profileId);
    }

    @Override
    public List<Plan> measuredPlans(String profileId) throws StorageException {
        return required(plans).measuredPlans(profileId);
    }

    @Override
    public void savePlan(Plan plan) throws StorageException {
        required(plans).savePlan(plan);
    }

    @Override
    public void deletePlan(String id) throws StorageException {
        required(plans).deletePlan(id);
    }

    @Override
    public Map<LocalDate, Map<String, Integer>> completed(String profileId, LocalDate from, LocalDate to)
            throws StorageException {
        return required(plans).completed(profileId, from, to);
    }

    @Override
    public List<Routine> list(String profileId) throws StorageException {
        return required(routines).list(profileId);
    }

    @Override
    public void save(String profileId, Routine routine, List<Exercise> custom) throws StorageException {
        required(routines).save(profileId, routine, custom);
    }

    @Override
    public void delete(String routineId) throws StorageException {
        required(routines).delete(routineId);
    }

    @Override
    public int plansUsing(String routineId) throws StorageException {
        return required(routines).plansUsing(routineId);
    }

    @Override
    public boolean seedOnce(String profileId, List<Routine> templates) throws StorageException {
        return required(routines).seedOnce(profileId, templates);
    }

    @Override
    public Optional<Physiotherapist> sharedAs() throws StorageException {
        return required(routines).sharedAs();
    }

    @Override
    public void shareAs(Physiotherapist physiotherapist) throws StorageException {
        required(routines).shareAs(physiotherapist);
    }

    @Override
    public List<Exercise> listExercises() throws StorageException {
        return isOpen() ? required(exercises).listExercises() : List.of();
    }

    @Override
    public void saveExercise(Exercise exercise) throws StorageException {
        required(exercises).saveExercise(exercise);
    }

    @Override
    public void deleteExercise(String id) throws StorageException {
        required(exercises).deleteExercise(id);
    }

    @Override
    public List<String> routinesUsing(String exerciseId) throws StorageException {
        return required(exercises).routinesUsing(exerciseId);
    }

    /** The sessions as History reads them. */
    private static final class History implements HistoryStore {

        private volatile SqlHistoryStore sql;

        @Override
        public List<SessionSummary> sessions(String profileId, LocalDate from, LocalDate to, int limit, int offset)
                throws StorageException {
            return required(sql).sessions(profileId, from, to, limit, offset);
        }

        @Override
        public Map<LocalDate, Integer> secondsPerDay(String profileId, LocalDate from, LocalDate to)
                throws StorageException {
            return required(sql).secondsPerDay(profileId, from, to);
        }

        @Override
        public List<LocalDate> activeDays(String profileId) throws StorageException {
            return required(sql).activeDays(profileId);
        }

        @Override
        public List<StepSummary> steps(String profileId, LocalDate from, LocalDate to) throws StorageException {
            return required(sql).steps(profileId, from, to);
        }

        @Override
        public List<Profile> profiles() throws StorageException {
            return required(sql).profiles();
        }

        @Override
        public List<StepSummary> steps(String sessionId) throws StorageException {
            return required(sql).steps(sessionId);
        }
    }
}
