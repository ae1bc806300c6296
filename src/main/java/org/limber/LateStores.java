package org.limber;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.limber.io.StorageException;
import org.limber.library.CustomExerciseStore;
import org.limber.library.Exercise;
import org.limber.routine.Routine;
import org.limber.routine.RoutineStore;
import org.limber.storage.Database;
import org.limber.storage.SqlCustomExerciseStore;
import org.limber.storage.SqlRoutineStore;
import org.limber.storage.SqlSessionRecorder;
import org.limber.storage.SqlHistoryStore;
import org.limber.history.HistoryFigures;
import org.limber.history.HistoryStore;
import org.limber.storage.SqlHistoryFigures;
import org.limber.history.SessionSummary;
import java.time.LocalDate;
import java.util.Map;
import org.limber.session.SessionRecorder;

/**
 * The stores, usable from the start: the database opens in the background after the window
 * shows, and until it has, every call says so instead of blocking.
 */
final class LateStores implements RoutineStore, CustomExerciseStore, SessionRecorder, HistoryStore,
        HistoryFigures, org.limber.profile.ProfileStore, org.limber.plan.PlanStore {

    private final Clock clock;
    private volatile SqlRoutineStore routines;
    private volatile SqlCustomExerciseStore exercises;
    private volatile SqlSessionRecorder sessions;
    private volatile SqlHistoryStore history;
    private volatile SqlHistoryFigures figures;
    private volatile org.limber.storage.SqlProfileStore people;
    private volatile org.limber.storage.SqlPlanStore plans;

    LateStores(Clock clock) {
        this.clock = clock;
    }

    void open(Database db) {
        routines = new SqlRoutineStore(db, clock);
        exercises = new SqlCustomExerciseStore(db, clock);
        sessions = new SqlSessionRecorder(db);
        history = new SqlHistoryStore(db);
        figures = new SqlHistoryFigures(db);
        people = new org.limber.storage.SqlProfileStore(db, clock);
        plans = new org.limber.storage.SqlPlanStore(db, clock);
    }

    private org.limber.storage.SqlProfileStore people() throws StorageException {
        return required(people);
    }

    @Override
    public List<org.limber.profile.Profile> listProfiles() throws StorageException {
        return people().listProfiles();
    }

    @Override
    public void saveProfile(org.limber.profile.Profile profile) throws StorageException {
        people().saveProfile(profile);
    }

    @Override
    public void deleteProfile(String id) throws StorageException {
        people().deleteProfile(id);
    }

    private SqlHistoryStore history() throws StorageException {
        return required(history);
    }

    @Override
    public List<SessionSummary> sessions(String profileId, LocalDate from, LocalDate to, int limit, int offset)
            throws StorageException {
        return history().sessions(profileId, from, to, limit, offset);
    }

    @Override
    public Map<LocalDate, Integer> secondsPerDay(String profileId, LocalDate from, LocalDate to) throws StorageException {
        return history().secondsPerDay(profileId, from, to);
    }

    @Override
    public List<LocalDate> activeDays(String profileId) throws StorageException {
        return history().activeDays(profileId);
    }

    @Override
    public List<StepSummary> steps(String profileId, LocalDate from, LocalDate to) throws StorageException {
        return history().steps(profileId, from, to);
    }

    @Override
    public List<Profile> profiles() throws StorageException {
        return history().profiles();
    }

    @Override
    public List<StepSummary> steps(String sessionId) throws StorageException {
        return history().steps(sessionId);
    }

    @Override
    public Totals totals(Filter filter) throws StorageException {
        return required(figures).totals(filter);
    }

    @Override
    public List<Day> days(Filter filter) throws StorageException {
        return required(figures).days(filter);
    }

    @Override
    public List<ExerciseTally> exercises(Filter filter) throws StorageException {
        return required(figures).exercises(filter);
    }

    @Override
    public List<Note> notes(Filter filter, int limit) throws StorageException {
        return required(figures).notes(filter, limit);
    }

    @Override
    public void eachSession(Filter filter, Rows<SessionSummary> rows) throws StorageException, IOException {
        required(figures).eachSession(filter, rows);
    }

    @Override
    public void eachStep(Filter filter, Rows<StepSummary> rows) throws StorageException, IOException {
        required(figures).eachStep(filter, rows);
    }

    private SqlSessionRecorder sessions() throws StorageException {
        return required(sessions);
    }

    @Override
    public String begin(SessionStart start) throws StorageException {
        return sessions().begin(start);
    }

    @Override
    public void step(String sessionId, StepRecord step) throws StorageException {
        sessions().step(sessionId, step);
    }

    @Override
    public void finish(String sessionId, Status status, long endedAtMillis, int doneSeconds, Integer painAfter,
            String notes) throws StorageException {
        sessions().finish(sessionId, status, endedAtMillis, doneSeconds, painAfter, notes);
    }

    @Override
    public List<org.limber.plan.Plan> plans(String profileId) throws StorageException {
        return required(plans).plans(profileId);
    }

    @Override
    public void savePlan(org.limber.plan.Plan plan) throws StorageException {
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

    /** The store, or the reason it cannot be used yet. */
    private static <T> T required(T store) throws StorageException {
        if (store == null) {
            throw new StorageException("your data is not open");
        }
        return store;
    }

    boolean isOpen() {
        return routines != null;
    }

    private SqlRoutineStore routines() throws StorageException {
        return required(routines);
    }

    private SqlCustomExerciseStore exercises() throws StorageException {
        return required(exercises);
    }

    @Override
    public List<Routine> list(String profileId) throws StorageException {
        return routines().list(profileId);
    }

    @Override
    public void save(String profileId, Routine routine, List<Exercise> custom) throws StorageException {
        routines().save(profileId, routine, custom);
    }

    @Override
    public void delete(String routineId) throws StorageException {
        routines().delete(routineId);
    }

    @Override
    public boolean seedOnce(String profileId, List<Routine> templates) throws StorageException {
        return routines().seedOnce(profileId, templates);
    }

    @Override
    public List<Exercise> listExercises() throws StorageException {
        return isOpen() ? exercises().listExercises() : List.of();
    }

    @Override
    public void saveExercise(Exercise exercise) throws StorageException {
        exercises().saveExercise(exercise);
    }

    @Override
    public void deleteExercise(String id) throws StorageException {
        exercises().deleteExercise(id);
    }
}
