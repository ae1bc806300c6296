package org.limber.results;

import java.util.function.Consumer;

/**
 * The sessions of a checked results file, handed over one at a time in the file's order, each
 * checked again as it is read: {@link ResultsStore#merge} streams them inside its transaction.
 */
@FunctionalInterface
public interface SessionSource {

    /**
     * Hands every session to {@code sink} and returns the file's head; throws when the file is
     * refused, after which nothing handed over may be kept. What {@code sink} throws comes out.
     */
    ResultsHead each(Consumer<ResultSession> sink) throws ResultsFileException;
}
