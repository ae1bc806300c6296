package org.limber.ui.history;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.limber.concurrent.BackgroundExecutor;
import org.limber.history.Csv;
import org.limber.history.HistoryFigures;

/**
 * Sessions and steps of a filter as two CSV files, written a month at a time: rows stream from
 * the database to the file (memory stays small however long the range), the database is free
 * between months, and the progress (0 to 1; -1 when idle) moves after each month. The files
 * appear under their names only when complete.
 */
public final class CsvExport {

    private final HistoryFigures source;
    private final BackgroundExecutor executor;
    private final ZoneId zone;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    public CsvExport(HistoryFigures source, BackgroundExecutor executor, ZoneId zone) {
        this.source = source;
        this.executor = executor;
        this.zone = zone;
    }

    /** Starts writing into {@code folder}; ignored while an export runs. {@code done} gets the sessions file. */
    public void start(Path folder, HistoryFigures.Filter filter, Consumer<Path> done, Consumer<Throwable> failed) {
        if (progress.get() >= 0) {
            return;
        }
        progress.set(0);
        Job job = new Job(folder.resolve("limber-sessions-" + filter.to() + ".csv"),
                folder.resolve("limber-steps-" + filter.to() + ".csv"));
        List<HistoryFigures.Filter> months = months(filter);
        executor.submit(() -> {
            job.open();
            return null;
        }, ok -> next(job, months, 0, done, failed), e -> fail(job, e, failed));
    }

    private void next(Job job, List<HistoryFigures.Filter> months, int i, Consumer<Path> done,
            Consumer<Throwable> failed) {
        if (i == months.size()) {
            executor.submit(job::finish, path -> {
                progress.set(-1);
                done.accept(path);
            }, e -> fail(job, e, failed));
            return;
        }
        executor.submit(() -> {
            source.eachSession(months.get(i), row -> job.sessions.session(row, zone));
            source.eachStep(months.get(i), job.steps::step);
            return null;
        }, ok -> {
            progress.set((i + 1.0) / (months.size() + 1));
            next(job, months, i + 1, done, failed);
        }, e -> fail(job, e, failed));
    }

    private void fail(Job job, Throwable e, Consumer<Throwable> failed) {
        executor.run(job::abandon, ignored -> { });
        progress.set(-1);
        failed.accept(e);
    }

    /** The filter cut into calendar months (the first and last may be partial). */
    static List<HistoryFigures.Filter> months(HistoryFigures.Filter filter) {
        List<HistoryFigures.Filter> months = new ArrayList<>();
        for (LocalDate start = filter.from(); !start.isAfter(filter.to());
                start = start.withDayOfMonth(1).plusMonths(1)) {
            LocalDate end = start.withDayOfMonth(start.lengthOfMonth());
            months.add(new HistoryFigures.Filter(filter.profileId(), start, end.isAfter(filter.to()) ? filter.to() : end,
                    filter.routineName()));
        }
        return months;
    }

    /** 0 to 1 while an export runs, -1 otherwise. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The two files being written, each first under a temporary name beside its own. */
    private static final class Job {
        private final Path sessionsFile;
        private final Path stepsFile;
        private OutputStream sessionsOut;
        private OutputStream stepsOut;
        private Csv sessions;
        private Csv steps;

        Job(Path sessionsFile, Path stepsFile) {
            this.sessionsFile = sessionsFile;
            this.stepsFile = stepsFile;
        }

        void open() throws IOException {
            sessionsOut = new BufferedOutputStream(Files.newOutputStream(part(sessionsFile)));
            stepsOut = new BufferedOutputStream(Files.newOutputStream(part(stepsFile)));
            sessions = Csv.to(sessionsOut);
            steps = Csv.to(stepsOut);
            sessions.sessionHeader();
            steps.stepHeader();
        }

        Path finish() throws IOException {
            close();
            Files.move(part(stepsFile), stepsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(part(sessionsFile), sessionsFile, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return sessionsFile;
        }

        void abandon() throws IOException {
            try {
                close();
            } finally {
                Files.deleteIfExists(part(sessionsFile));
                Files.deleteIfExists(part(stepsFile));
            }
        }

        private void close() throws IOException {
            try (OutputStream a = sessionsOut; OutputStream b = stepsOut) {
                if (sessions != null) {
                    sessions.close();
                }
                if (steps != null) {
                    steps.close();
                }
            }
        }

        private static Path part(Path file) {
            return file.resolveSibling(file.getFileName() + ".part");
        }
    }
}
