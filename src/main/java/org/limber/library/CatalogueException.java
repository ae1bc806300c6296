package org.limber.library;

/** An exercise document is not valid; the message says why. */
public final class CatalogueException extends Exception {

    private static final long serialVersionUID = 1L;

    public CatalogueException(String message) {
        super(message);
    }
}
