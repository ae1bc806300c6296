package org.limber.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Copies of the database in {@code backups/}: one before every migration and one a day (the
 * last 7 days and one per month are kept). A copy counts only after {@code integrity_check}
 * says ok. Restoring keeps the current file aside first.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    static final int DAILY_KEPT = 7;
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dataDir;
    private final Clock clock;

    public Backups(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    /** A backup as listed in Settings. */
    public record Backup(Path file, String kind, LocalDateTime made, long bytes) {
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** Copies the open database into a checked backup file; empty when the copy failed its check. */
    public Optional<Path> make(Connection connection, String kind) throws SQLException, IOException {
        Files.createDirectories(folder());
        Path target = folder().resolve("limber-" + kind + "-" + LocalDateTime.now(clock).format(STAMP) + ".db");
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        restrict(target);
        if (!intact(target)) {
            LOG.warn("Backup {} failed its integrity check and was removed", target);
            Files.deleteIfExists(target);
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /** Makes today's backup if there is none yet, then drops old daily ones. */
    public void daily(Connection connection) throws SQLException, IOException {
        String today = LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        boolean done = list().stream().anyMatch(b -> b.kind().equals("daily")
                && b.file().getFileName().toString().contains("-daily-" + today));
        if (!done) {
            make(connection, "daily");
        }
        prune();
    }

    /** Newest first. */
    public List<Backup> list() throws IOException {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return backups;
        }
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.getFileName().toString().matches(
                    "limber-[a-z0-9]+-\\d{8}-\\d{6}\\.db"))::iterator) {
                String name = file.getFileName().toString();
                String[] parts = name.substring("limber-".length(), name.length() - 3).split("-");
                LocalDateTime made = LocalDateTime.parse(parts[1] + "-" + parts[2], STAMP);
                backups.add(new Backup(file, parts[0], made, Files.size(file)));
            }
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

    /**
     * Puts a backup in place of {@code limber.db}; the current file (with its WAL) is moved aside,
     * never deleted. The database must be closed. Returns where the old file went.
     */
    public Path restore(Backup backup, String why) throws IOException {
        Path current = dataDir.resolve(Database.FILE_NAME);
        Path aside = dataDir.resolve(Database.FILE_NAME + "." + why + "-" + LocalDateTime.now(clock).format(STAMP));
        Path temp = dataDir.resolve(Database.FILE_NAME + ".restoring");
        Files.copy(backup.file(), temp, StandardCopyOption.REPLACE_EXISTING);
        if (!intact(temp)) {
            Files.deleteIfExists(temp);
            throw new IOException(backup.file() + " failed its integrity check; nothing was changed");
        }
        if (Files.exists(current)) {
            Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Path extra = dataDir.resolve(Database.FILE_NAME + suffix);
            if (Files.exists(extra)) {
                Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(temp, current, StandardCopyOption.ATOMIC_MOVE);
        restrict(current);
        return aside;
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

    static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.debug("Could not restrict {}: {}", file, e.getMessage());
        }
    }
}
