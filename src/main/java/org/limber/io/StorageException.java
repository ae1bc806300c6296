package org.limber.io;

import java.io.IOException;

/**
 * A read or write of Limber's data failed. {@link #problem()} says why in a way the UI turns
 * into words ({@link Problem#messageKey()}); the message is technical, for the log.
 */
public class StorageException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Problem problem;

    public StorageException(String message, Throwable cause) {
        this(message, cause, Problem.OTHER);
    }

    public StorageException(String message) {
        this(message, null, Problem.OTHER);
    }

    public StorageException(String message, Throwable cause, Problem problem) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /**
     * Why a read or write failed, as a person can act on it. Nothing was saved in any of these cases.
     * UNREACHABLE and NOT_ALLOWED come from a practice server only: the connection is lost, or the
     * server refused the change to this user.
     */
    public enum Problem {
        DISK_FULL, READ_ONLY, BUSY, DAMAGED, NOT_OPEN, UNREACHABLE, NOT_ALLOWED, OTHER;

        /** The key of the sentence that tells the person, in messages.properties. */
        public String messageKey() {
            return "storage.failure." + name();
        }
    }
}
