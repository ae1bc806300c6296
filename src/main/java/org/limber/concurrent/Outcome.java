package org.limber.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * What a piece of background work ended with: its result or what it threw. Made on the worker,
 * delivered on the UI thread. Every throwable counts, {@link Error}s too: a task must never die
 * without its failure callback (the technical text is logged here, never shown).
 */
record Outcome<T>(T result, Throwable failure) {

    static <T> Outcome<T> of(Callable<T> work) {
        try {
            return new Outcome<>(work.call(), null);
        } catch (Throwable e) {
            LoggerFactory.getLogger(BackgroundExecutor.class).warn("Background task failed", e);
            return new Outcome<>(null, e);
        }
    }

    /** The callback for the outcome, then {@code onDone}, which runs even when the callback throws. */
    void deliver(Consumer<? super T> onSuccess, Consumer<Throwable> onFailure, Runnable onDone) {
        try {
            if (failure == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(failure);
            }
        } finally {
            onDone.run();
        }
    }
}
