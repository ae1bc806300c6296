package org.limber.data;

import java.io.IOException;
import java.util.List;
import org.limber.history.HistoryFigures;
import org.limber.history.HistoryStore;
import org.limber.history.SessionSummary;
import org.limber.io.StorageException;
import org.limber.storage.Database;
import org.limber.storage.SqlHistoryFigures;

/** The figures over any range, usable from the start; until the database is open every call says so. */
final class LateFigures implements HistoryFigures {

    private volatile SqlHistoryFigures sql;

    void open(Database db) {
        sql = new SqlHistoryFigures(db);
    }

    @Override
    public Totals totals(Filter filter) throws StorageException {
        return LateStores.required(sql).totals(filter);
    }

    @Override
    public List<Day> days(Filter filter) throws StorageException {
        return LateStores.required(sql).days(filter);
    }

    @Override
    public List<ExerciseTally> exercises(Filter filter) throws StorageException {
        return LateStores.required(sql).exercises(filter);
    }

    @Override
    public List<Note> notes(Filter filter, int limit) throws StorageException {
        return LateStores.required(sql).notes(filter, limit);
    }

    @Override
    public void eachSession(Filter filter, Rows<SessionSummary> rows) throws StorageException, IOException {
        LateStores.required(sql).eachSession(filter, rows);
    }

    @Override
    public void eachStep(Filter filter, Rows<HistoryStore.StepSummary> rows) throws StorageException, IOException {
        LateStores.required(sql).eachStep(filter, rows);
    }
}
