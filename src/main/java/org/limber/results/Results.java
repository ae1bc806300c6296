package org.limber.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.limber.io.StorageException;
import org.limber.plan.PlanStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Results going back to the physiotherapist, as files: {@link #send} on the person's computer,
 * {@link #importFile} on the physiotherapist's. Every call reads or writes files and the
 * database: call it off the FX thread.
 */
public final class Results {

    /** The longest display name a results file carries (the schema's limit). */
    public static final int MAX_NAME = 120;

    private static final Logger LOG = LoggerFactory.getLogger(Results.class);

    private final ResultsStore store;
    private final PlanStore plans;
    private final ResultsFiles files;
    private final Clock clock;
    private final Supplier<String> ids;

    /** {@code ids} makes new random ids (UUIDs): the person id on first send. */
    public Results(ResultsStore store, PlanStore plans, ResultsFiles files, Clock clock, Supplier<String> ids) {
        this.store = store;
        this.plans = plans;
        this.files = files;
        this.clock = clock;
        this.ids = ids;
    }

    /** What a send covers unless the person picks other days. */
    public record Range(LocalDate from, LocalDate to, Optional<Instant> lastSent) {
    }

    /** What a send wrote. */
    public record Sent(Path file, String personId, int sessions, LocalDate from, LocalDate to) {
    }

    /**
     * From the day of the profile's last send (that day again, so a session finished later that
     * day goes too; the import merges it) to today; everything up to today when it never sent.
     */
    public Range defaultRange(String profileId) throws StorageException {
        Optional<Instant> last = store.lastSent(profileId);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = last.map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(LocalDate.EPOCH);
        return new Range(from.isAfter(today) ? today : from, today, last);
    }

    /**
     * Writes the profile's sessions on the days from..to and its plans to {@code target}
     * (atomically, owner-only), under the profile's person id (made on the first send), and
     * remembers the send.
     */
    public Sent send(String profileId, String displayName, LocalDate from, LocalDate to, Path target)
            throws StorageException, IOException {
        Objects.requireNonNull(target, "target");
        String personId = store.personId(profileId, ids.get());
        List<ResultSession> sessions = store.sessions(profileId, from, to);
        List<FollowedPlan> followed = plans.plans(profileId).stream().map(FollowedPlan::of).toList();
        String name = displayName == null || displayName.isBlank() ? "-" : displayName.strip();
        name = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        files.write(new ResultsFile(new ResultsFile.Person(personId, name), followed, sessions), target);
        store.markSent(profileId, clock.instant());
        return new Sent(target, personId, sessions.size(), from, to);
    }

    /** A name for the file: {@code <name>-<date>.limber-results.json}, safe on every file system. */
    public String suggestedFileName(String displayName) {
        String safe = displayName == null ? "" : displayName.strip().replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return (safe.isEmpty() ? "results" : safe) + "-" + LocalDate.now(clock) + ResultsFiles.EXTENSION;
    }

    /** Reads and checks a whole file into memory without writing anything (a small file; the app streams). */
    public ResultsFile read(Path file) throws ResultsFileException {
        try {
            return files.read(file);
        } catch (ResultsFileException e) {
            throw refused(file, e);
        }
    }

    /**
     * Checks a whole file without writing anything or keeping its sessions: for showing whose it
     * is before importing. {@code progress} gets the share read, 0 to 1.
     */
    public ResultsHead check(Path file, DoubleConsumer progress) throws ResultsFileException {
        try {
            return files.check(file, progress);
        } catch (ResultsFileException e) {
            throw refused(file, e);
        }
    }

    /** The client that this person's results went to before, if any: then the import needs no choice. */
    public Optional<String> clientOf(ResultsHead file) throws StorageException {
        return store.clientOf(file.person().id());
    }

    public Optional<String> clientOf(ResultsFile file) throws StorageException {
        return clientOf(file.head());
    }

    /** Checks the whole file, then merges it in one transaction (see {@link ResultsStore#merge}). */
    public ImportSummary importFile(Path file, ImportTarget target) throws ResultsFileException, StorageException {
        return importFile(file, check(file, done -> { }), target, done -> { });
    }

    /**
     * Merges a file checked with {@link #check} in one transaction, reading it again a session at
     * a time (so memory stays small however large it is); refused when it changed since.
     * {@code progress} gets the share read, 0 to 1.
     */
    public ImportSummary importFile(Path file, ResultsHead checked, ImportTarget target, DoubleConsumer progress)
            throws ResultsFileException, StorageException {
        try {
            return store.merge(checked, sink -> files.each(file, sink, progress), target, clock.millis());
        } catch (ResultsFileException e) {
            LOG.warn("Results file {} of person {} not imported ({}): {}", file, checked.person().id(), e.kind(),
                    e.problems());
            throw e;
        }
    }

    /** Merges a file already read with {@link #read}. */
    public ImportSummary importFile(ResultsFile file, ImportTarget target) throws ResultsFileException,
            StorageException {
        try {
            return store.merge(file, target, clock.millis());
        } catch (ResultsFileException e) {
            LOG.warn("Results of person {} not imported ({}): {}", file.person().id(), e.kind(), e.problems());
            throw e;
        }
    }

    private static ResultsFileException refused(Path file, ResultsFileException e) {
        LOG.warn("Results file {} refused ({}): {}", file, e.kind(), e.problems());
        return e;
    }
}
