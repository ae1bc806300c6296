package org.limber.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of files in {@code backups/}. Only {@code limber-KIND-yyyyMMdd-HHmmss.db} with a
 * real date and time is a backup; a copy being written is {@code .limber-KIND-STAMP.db.partial}
 * and only gets its real name once it has been checked. Anything else is not Limber's concern.
 */
final class BackupNames {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    static final String PARTIAL = ".partial";
    private static final Pattern NAME = Pattern.compile("limber-([a-z0-9]+)-(\\d{8}-\\d{6})\\.db");

    private BackupNames() {
    }

    static String name(String kind, LocalDateTime made) {
        return "limber-" + kind + "-" + made.format(STAMP) + ".db";
    }

    static String partial(String name) {
        return "." + name + PARTIAL;
    }

    static boolean isPartial(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".limber-") && (name.endsWith(PARTIAL) || name.endsWith(PARTIAL + "-journal"));
    }

    /**
     * The backup this file is, or empty: a malformed name, an impossible date, something that is
     * not a regular file, or a copy left half-written by an older Limber (its journal is beside it).
     */
    static Optional<Backups.Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file) || leftHalfWritten(file)) {
            return Optional.empty();
        }
        try {
            LocalDateTime made = LocalDateTime.parse(m.group(2), STAMP);
            return Optional.of(new Backups.Backup(file, m.group(1), made, Files.size(file)));
        } catch (DateTimeParseException | IOException e) {
            return Optional.empty();
        }
    }

    /** Before backups were written under a temporary name, a kill left the real name with a journal beside it. */
    static boolean leftHalfWritten(Path file) {
        return Files.exists(file.resolveSibling(file.getFileName() + "-journal"));
    }
}
