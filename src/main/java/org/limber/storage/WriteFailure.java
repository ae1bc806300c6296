package org.limber.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import org.limber.io.StorageException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns what SQLite, a PostgreSQL server or the file system said into a {@link StorageException.Problem}:
 * "the disk is full", "the file is read-only", rather than "[SQLITE_FULL] ..." or a constraint that only
 * failed because an earlier write did not happen. The first cause that can be recognised wins.
 */
public final class WriteFailure {

    private WriteFailure() {
    }

    /** A StorageException with the reason found in {@code failure} and its causes. */
    public static StorageException of(Throwable failure) {
        if (failure instanceof StorageException e && e.problem() != StorageException.Problem.OTHER) {
            return e;
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new StorageException(message, failure, reason(failure));
    }

    public static StorageException.Problem reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            StorageException.Problem found = single(t);
            if (found != StorageException.Problem.OTHER) {
                return found;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return StorageException.Problem.OTHER;
    }

    private static StorageException.Problem single(Throwable t) {
        if (t instanceof StorageException e && e.problem() != StorageException.Problem.OTHER) {
            return e.problem();
        }
        if (t instanceof SQLiteException e) {
            return of(e.getResultCode());
        }
        if (t instanceof SQLException e && e.getSQLState() != null) {
            StorageException.Problem found = ofState(e.getSQLState());
            if (found != StorageException.Problem.OTHER) {
                return found;
            }
        }
        if (t instanceof ReadOnlyFileSystemException || t instanceof AccessDeniedException) {
            return StorageException.Problem.READ_ONLY;
        }
        String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (t instanceof FileSystemException || t instanceof IOException) {
            if (text.contains("no space left") || text.contains("disk quota") || text.contains("not enough space")) {
                return StorageException.Problem.DISK_FULL;
            }
            if (text.contains("read-only file system") || text.contains("permission denied")) {
                return StorageException.Problem.READ_ONLY;
            }
        }
        if (t instanceof SQLException && text.contains("connection closed")) {
            return StorageException.Problem.NOT_OPEN;
        }
        return StorageException.Problem.OTHER;
    }

    /**
     * PostgreSQL's SQL states (SQLite's driver sets none that matter): class 08 and the server shutting
     * down are a lost connection, 42501 and a read-only transaction a refusal, serialization failures,
     * deadlocks, lock and statement timeouts a busy server, 53100 its full disk.
     */
    static StorageException.Problem ofState(String state) {
        if (state.startsWith("08") || state.startsWith("57P")) {
            return StorageException.Problem.UNREACHABLE;
        }
        return switch (state) {
            case "42501", "25006" -> StorageException.Problem.NOT_ALLOWED;
            case "40001", "40P01", "55P03", "57014" -> StorageException.Problem.BUSY;
            case "53100" -> StorageException.Problem.DISK_FULL;
            default -> StorageException.Problem.OTHER;
        };
    }

    static StorageException.Problem of(SQLiteErrorCode code) {
        if (code == null) {
            return StorageException.Problem.OTHER;
        }
        String name = code.name();
        if (name.equals("SQLITE_FULL")) {
            return StorageException.Problem.DISK_FULL;
        }
        if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_PERM") || name.startsWith("SQLITE_CANTOPEN")) {
            return StorageException.Problem.READ_ONLY;
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return StorageException.Problem.BUSY;
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
            return StorageException.Problem.DAMAGED;
        }
        if (name.startsWith("SQLITE_MISUSE")) {
            return StorageException.Problem.NOT_OPEN;
        }
        return StorageException.Problem.OTHER;
    }
}
