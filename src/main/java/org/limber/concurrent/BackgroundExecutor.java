package org.limber.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way work leaves the UI thread. Work runs in the background; its result or failure
 * is handed to a callback that runs on the UI thread. Tests use {@link #sameThread()}.
 */
public interface BackgroundExecutor {

    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Fire-and-forget work whose failures are only logged. */
    default void run(ThrowingRunnable work, Consumer<Throwable> onFailure) {
        submit(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /** Stops taking work and waits briefly for what is queued (pending writes). */
    void shutdown();

    /** Runs the work and the callbacks at once on the calling thread. For tests and tools. */
    static BackgroundExecutor sameThread() {
        return new SameThreadExecutor();
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
