package org.limber.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.limber.io.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Copies of the database in {@code backups/}: one before every migration and one a day (the
 * last 7 days and one per month are kept). A copy is written under a temporary name, private
 * from its first byte, checked with {@code integrity_check}, and only then renamed: a file with
 * a backup's name is a complete, checked copy. Restoring is done by {@link Restore}.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    static final int DAILY_KEPT = 7;
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Path dataDir;
    private final Clock clock;

    public Backups(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** A backup as listed in Settings. */
    public record Backup(Path file, String kind, LocalDateTime made, long bytes) {
    }

    /** Why backups cannot be made, for Settings to say. */
    public enum FolderProblem { NOT_A_FOLDER, NOT_WRITABLE }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** Empty while backups can be made (the folder is there or can be created). */
    public Optional<FolderProblem> folderProblem() {
        Path folder = folder();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(FolderProblem.NOT_A_FOLDER);
        }
        if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
            return Optional.of(FolderProblem.NOT_WRITABLE);
        }
        return Optional.empty();
    }

    /** Copies the open database into a checked backup file; empty when the copy failed its check. */
    public Optional<Path> make(Connection connection, String kind) throws SQLException, IOException {
        Path folder = PrivateFiles.createDirectories(folder());
        String name = BackupNames.name(kind, LocalDateTime.now(clock));
        Path target = folder.resolve(name);
        Path temp = folder.resolve(BackupNames.partial(name));
        Path journal = temp.resolveSibling(temp.getFileName() + "-journal");
        Files.deleteIfExists(temp);
        Files.deleteIfExists(journal);
        PrivateFiles.createFile(temp);
        try {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("VACUUM INTO '" + temp.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            if (!intact(temp)) {
                LOG.warn("Backup {} failed its integrity check and was removed", target);
                return Optional.empty();
            }
            force(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(folder);
            return Optional.of(target);
        } finally {
            Files.deleteIfExists(temp);
            Files.deleteIfExists(journal);
        }
    }

    /** Removes what a kill left behind, makes today's backup if there is none yet, then drops old daily ones. */
    public void daily(Connection connection) throws SQLException, IOException {
        removeLeftovers();
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream().anyMatch(b -> b.kind().equals("daily") && b.made().toLocalDate().equals(today));
        if (!done) {
            make(connection, "daily");
        }
        prune();
    }

    /** Newest first; only complete backups with well-formed names. Anything else in the folder is ignored. */
    public List<Backup> list() throws IOException {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return backups;
        }
        try (Stream<Path> files = Files.list(folder())) {
            files.map(BackupNames::parse).flatMap(Optional::stream).forEach(backups::add);
        }
        backups.sort(Comparator.comparing(Backup::made).reversed());
        return backups;
    }

    /** The newest backup that passes integrity_check now. */
    public Optional<Backup> newestGood() throws IOException {
        for (Backup backup : list()) {
            if (intact(backup.file())) {
                return Optional.of(backup);
            }
        }
        return Optional.empty();
    }

    /** Copies being written when Limber was stopped, and half-written copies of older versions. */
    void removeLeftovers() throws IOException {
        if (!Files.isDirectory(folder())) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> files = Files.list(folder())) {
            leftovers = files.filter(f -> BackupNames.isPartial(f) || (BackupNames.parse(f).isEmpty()
                    && f.getFileName().toString().matches("limber-[a-z0-9]+-\\d{8}-\\d{6}\\.db(-journal)?")
                    && (BackupNames.leftHalfWritten(f) || f.toString().endsWith("-journal")))).toList();
        }
        for (Path leftover : leftovers) {
            LOG.info("Removing an incomplete backup {}", leftover);
            Files.deleteIfExists(leftover);
        }
    }

    void prune() throws IOException {
        List<Backup> daily = list().stream().filter(b -> b.kind().equals("daily")).toList();
        Set<String> monthsKept = new HashSet<>();
        for (int i = 0; i < daily.size(); i++) {
            Backup b = daily.get(i);
            String month = b.made().getYear() + "-" + b.made().getMonthValue();
            boolean keep = i < DAILY_KEPT || monthsKept.add(month);
            if (i < DAILY_KEPT) {
                monthsKept.add(month);
            }
            if (!keep) {
                Files.deleteIfExists(b.file());
            }
        }
    }

    /** Opens the file read-only and asks SQLite whether it is intact. */
    public static boolean intact(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() && "ok".equalsIgnoreCase(rs.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename in the folder durable; not every system can open a folder for that. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Could not sync {}: {}", folder, e.getMessage());
        }
    }
}
