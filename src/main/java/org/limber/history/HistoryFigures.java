package org.limber.history;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.limber.io.StorageException;

/**
 * Figures over any date range, counted by the database (never from a capped page of rows), and
 * the sessions and steps of a range read a month at a time for export.
 */
public interface HistoryFigures {

    /** Whose sessions, from when to when (inclusive), and of which routine (null: every routine). */
    record Filter(String profileId, LocalDate from, LocalDate to, String routineName) {
    }

    /** Sessions by outcome (see {@link SessionOutcome}), time done and the pain ratings' averages. */
    record Totals(int sessions, int completed, int partlyDone, int stopped, int interrupted, long doneSeconds,
            Double painBefore, Double painAfter, int hurtSessions, int notes) {
    }

    /** One day with sessions; the pain figures are that day's averages (null when none was given). */
    record Day(LocalDate date, int sessions, long plannedSeconds, long doneSeconds, Double painBefore,
            Double painAfter) {
    }

    /** How often an exercise was done, skipped, or stopped because it hurt. */
    record ExerciseTally(String exerciseId, String name, int done, int skipped, int hurt) {
    }

    /** A note the person wrote after a session. */
    record Note(LocalDate date, String routineName, String text) {
    }

    /** Receives rows one at a time. */
    @FunctionalInterface
    interface Rows<T> {
        void accept(T row) throws IOException;
    }

    Totals totals(Filter filter) throws StorageException;

    /** Every day with at least one session, oldest first. */
    List<Day> days(Filter filter) throws StorageException;

    /** Every exercise with at least one recorded step, by name. */
    List<ExerciseTally> exercises(Filter filter) throws StorageException;

    /** The newest {@code limit} notes, newest first. */
    List<Note> notes(Filter filter, int limit) throws StorageException;

    /** Hands over every session of the filter, oldest first, one row at a time (none is kept). */
    void eachSession(Filter filter, Rows<SessionSummary> rows) throws StorageException, IOException;

    /** Hands over every step of the filter's sessions, in the sessions' order, one row at a time. */
    void eachStep(Filter filter, Rows<HistoryStore.StepSummary> rows) throws StorageException, IOException;
}
