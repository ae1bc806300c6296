package org.limber.storage;

import java.nio.file.Path;
import org.limber.io.StorageException;

/** The database file could not be opened. It names the file and why; the file was not changed. */
public final class DatabaseOpenException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final Reason reason;

    public DatabaseOpenException(Path file, Reason reason, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** Why it failed, so the UI can explain it in the user's language. */
    public enum Reason { FOLDER_NOT_WRITABLE, NOT_A_DATABASE, NEWER_SCHEMA, DAMAGED, OTHER }
}
