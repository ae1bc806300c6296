package org.limber.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.limber.io.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in place of {@code limber.db} as a transaction. The backup is copied beside the
 * live file as {@code limber.db.restoring.partial} (private from its first byte) and checked
 * while the live database is still open; only a checked copy is renamed {@code
 * limber.db.restoring}, and only then is the live database closed, kept aside (a link or a copy
 * named {@code limber.db.WHY-STAMP}) and replaced by one atomic rename. A start that finds
 * {@code limber.db.restoring} finishes the restore; one that finds only a partial copy rolls it
 * back (see {@link #recover()}).
 */
public final class Restore {

    private static final Pattern ASIDE = Pattern.compile("(before-restore|damaged)-(\\d{8}-\\d{6})(-\\d+)?");

    static final String RESTORING = Database.FILE_NAME + ".restoring";
    static final String CHECKING = RESTORING + ".partial";
    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);

    private final Path dataDir;
    private final Clock clock;

    public Restore(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** What a start found of an interrupted restore, for the person to be told. */
    public enum Outcome { FINISHED, ROLLED_BACK }

    /** Closes the live database; called only once the replacement has passed its check. */
    @FunctionalInterface
    public interface CloseLive {
        void close() throws IOException;
    }

    /**
     * Restores the backup and returns where the previous file was kept. On failure the live file
     * holds what it held before and the exception says whether {@code closeLive} was called.
     */
    public Path restore(Backups.Backup backup, String why, CloseLive closeLive) throws RestoreException {
        Path checked = prepare(backup);
        try {
            closeLive.close();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(checked);
            throw new RestoreException(RestoreException.Reason.WRITE_FAILED, true, "the data could not be closed", e);
        }
        try {
            return swap(checked, why);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(checked);
            throw new RestoreException(RestoreException.Reason.WRITE_FAILED, true,
                    "the files could not be swapped; the data in use is unchanged", e);
        }
    }

    /** Copies the backup beside the live file and checks the copy. Touches nothing else. */
    private Path prepare(Backups.Backup backup) throws RestoreException {
        Path partial = dataDir.resolve(CHECKING);
        Path checked = dataDir.resolve(RESTORING);
        try {
            deleteQuietly(partial);
            deleteQuietly(checked);
            PrivateFiles.createFile(partial);
            Files.copy(backup.file(), partial, StandardCopyOption.REPLACE_EXISTING);
            Backups.force(partial);
            if (!Backups.intact(partial)) {
                deleteQuietly(partial);
                throw new RestoreException(RestoreException.Reason.BACKUP_DAMAGED, false,
                        backup.file() + " failed its integrity check; nothing was changed", null);
            }
            Files.move(partial, checked, StandardCopyOption.ATOMIC_MOVE);
            Backups.forceFolder(dataDir);
            return checked;
        } catch (IOException e) {
            deleteQuietly(partial);
            throw e instanceof RestoreException r ? r : new RestoreException(RestoreException.Reason.WRITE_FAILED,
                    false, "the backup could not be copied; nothing was changed", e);
        }
    }

    /** Keeps the live file aside (it stays in place) and renames the checked copy over it, atomically. */
    private Path swap(Path checked, String why) throws IOException {
        Path current = dataDir.resolve(Database.FILE_NAME);
        Path aside = freeName(why);
        if (Files.exists(current)) {
            if (!alreadyAside(current)) {
                keepAside(current, aside);
            }
        } else {
            aside = newestAside().orElse(aside);
        }
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path extra = dataDir.resolve(Database.FILE_NAME + suffix);
            if (Files.exists(extra)) {
                // never left beside the new file: SQLite would replay it into the wrong database
                Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(checked, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(current, PrivateFiles.FILE);
        Backups.forceFolder(dataDir);
        return aside;
    }

    /**
     * Finishes or rolls back a restore that a kill interrupted: a checked copy is put in place; a
     * partial copy is removed (the live file was never touched); a missing live file comes back
     * from where it was kept aside. Empty when there was nothing to do.
     */
    public Optional<Outcome> recover() throws IOException {
        Path partial = dataDir.resolve(CHECKING);
        Path checked = dataDir.resolve(RESTORING);
        Path current = dataDir.resolve(Database.FILE_NAME);
        boolean hadPartial = Files.exists(partial);
        deleteQuietly(partial);
        if (Files.exists(checked)) {
            if (Backups.intact(checked)) {
                swap(checked, "before-restore");
                LOG.warn("An interrupted restore was finished");
                return Optional.of(Outcome.FINISHED);
            }
            Files.delete(checked);
            hadPartial = true;
        }
        if (hadPartial && !Files.exists(current)) {
            Optional<Path> aside = newestAside();
            if (aside.isPresent()) {
                Files.move(aside.get(), current, StandardCopyOption.ATOMIC_MOVE);
                Path wal = aside.get().resolveSibling(aside.get().getFileName() + "-wal");
                if (Files.exists(wal)) {
                    Files.move(wal, dataDir.resolve(Database.FILE_NAME + "-wal"));
                }
            }
        }
        if (hadPartial) {
            LOG.warn("An interrupted restore was rolled back");
        }
        return hadPartial ? Optional.of(Outcome.ROLLED_BACK) : Optional.empty();
    }

    private void keepAside(Path current, Path aside) throws IOException {
        try {
            Files.createLink(aside, current);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(current, aside);
            Backups.force(aside);
        }
        PrivateFiles.restrict(aside, PrivateFiles.FILE);
        Backups.forceFolder(dataDir);
    }

    private boolean alreadyAside(Path current) throws IOException {
        try (Stream<Path> files = asides()) {
            for (Path aside : (Iterable<Path>) files::iterator) {
                if (Files.isSameFile(aside, current)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Path freeName(String why) {
        String base = Database.FILE_NAME + "." + why + "-" + LocalDateTime.now(clock).format(BackupNames.STAMP);
        Path name = dataDir.resolve(base);
        for (int i = 2; Files.exists(name); i++) {
            name = dataDir.resolve(base + "-" + i);
        }
        return name;
    }

    /**
     * The data files kept aside by earlier restores (kind {@code before-restore}) or set aside as
     * damaged, as backups one can restore, so a restore can itself be undone from Settings. A
     * file left with a write-ahead log beside it is not offered: its copy alone would be missing
     * what the log holds.
     */
    public List<Backups.Backup> keptAside() throws IOException {
        String prefix = Database.FILE_NAME + ".";
        List<Backups.Backup> kept = new ArrayList<>();
        try (Stream<Path> files = asides()) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = ASIDE.matcher(file.getFileName().toString().substring(prefix.length()));
                if (!m.matches() || Files.exists(file.resolveSibling(file.getFileName() + "-wal"))) {
                    continue;
                }
                try {
                    kept.add(new Backups.Backup(file, m.group(1), LocalDateTime.parse(m.group(2), BackupNames.STAMP),
                            Files.size(file)));
                } catch (DateTimeParseException e) {
                    LOG.debug("Not a file kept aside: {}", file);
                }
            }
        }
        return kept;
    }

    /** Files kept aside by earlier restores, newest (by last change) first. */
    private Optional<Path> newestAside() throws IOException {
        try (Stream<Path> files = asides()) {
            return files.max(Comparator.comparing(p -> p.toFile().lastModified()));
        }
    }

    private Stream<Path> asides() throws IOException {
        String prefix = Database.FILE_NAME + ".";
        return Files.list(dataDir).filter(p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.matches(".*-\\d{8}-\\d{6}(-\\d+)?") && Files.isRegularFile(p);
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", file, e.getMessage());
        }
    }
}
