package org.limber.io;

import java.io.IOException;

/** A read or write of Limber's data failed; the message is fit to show the user. */
public class StorageException extends IOException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
