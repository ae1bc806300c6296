package org.limber.storage;

import org.limber.io.StorageException;

/**
 * A restore did not happen. Whatever the step that failed, {@code limber.db} holds the data it
 * held before; {@link #liveClosed()} says whether the live database was closed on the way (then
 * the caller opens it again) or never touched.
 */
public final class RestoreException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final boolean liveClosed;

    RestoreException(Reason reason, boolean liveClosed, String detail, Throwable cause) {
        super(detail, cause, WriteFailure.reason(cause));
        this.reason = reason;
        this.liveClosed = liveClosed;
    }

    public Reason reason() {
        return reason;
    }

    /** True when the live database was closed: it must be opened again (it holds the old data). */
    public boolean liveClosed() {
        return liveClosed;
    }

    /** Why, for the UI to say in the person's language. */
    public enum Reason {
        /** The backup failed its check; nothing was touched. */
        BACKUP_DAMAGED,
        /** Copying or swapping the files failed; the old data is back in place. */
        WRITE_FAILED
    }
}
