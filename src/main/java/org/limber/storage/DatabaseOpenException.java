package org.limber.storage;

import java.nio.file.Path;
import org.limber.io.StorageException;
import org.limber.settings.ServerAddress;

/**
 * The data could not be opened: the database file, or a practice server. It names which and why;
 * nothing was changed.
 */
public final class DatabaseOpenException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient ServerAddress server;
    private final Reason reason;

    public DatabaseOpenException(Path file, Reason reason, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.file = file;
        this.server = null;
        this.reason = reason;
    }

    public DatabaseOpenException(ServerAddress server, Reason reason, String detail, Throwable cause) {
        super(server.text() + ": " + detail, cause);
        this.file = null;
        this.server = server;
        this.reason = reason;
    }

    /** The file; null when it was a server. */
    public Path file() {
        return file;
    }

    /** The server; null when it was the file. */
    public ServerAddress server() {
        return server;
    }

    public Reason reason() {
        return reason;
    }

    /** The text that explains the reason: {@code db.error.reason.*} for the file, {@code server.error.*} for a server. */
    public String messageKey() {
        return (server == null ? "db.error.reason." : "server.error.") + reason.name();
    }

    /**
     * Why it failed, so the UI can explain it in the user's language. The first five are the file's;
     * NEWER_SCHEMA and OTHER are both's; the rest a server's.
     */
    public enum Reason {
        FOLDER_NOT_WRITABLE, NOT_A_DATABASE, NEWER_SCHEMA, DAMAGED, OTHER,
        /** No answer at the address: wrong host or port, the server down, no network. */
        UNREACHABLE,
        /** The server's certificate is not signed by the CA file, or names another host. */
        NOT_TRUSTED,
        /** The server answered and refused the user name or password (or needs a password none was given for). */
        WRONG_CREDENTIALS,
        /** No Limber schema there yet (or no such database): the practice's setup has not been run. */
        NOT_SET_UP,
        /** The server's schema is older than this build: the practice upgrades it once, on purpose. */
        OLDER_SCHEMA
    }
}
