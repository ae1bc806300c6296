package org.limber.io;

/** Limber's data is not open (yet, or no longer): nothing was read or written. */
public final class DataNotOpenException extends StorageException {

    private static final long serialVersionUID = 1L;

    public DataNotOpenException() {
        super("your data is not open");
    }
}
