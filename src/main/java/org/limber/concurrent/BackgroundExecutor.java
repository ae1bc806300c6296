package org.limber.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The one way work leaves the UI thread. Work runs in the background and returns an immutable
 * result; the result or the failure is handed to a callback on the UI thread, and then the
 * completion hook runs there, whatever happened (busy indicators end in it). Every
 * {@link Throwable} of the work, {@link Error}s included, is logged and handed to the failure
 * callback. Tests use {@link #sameThread()}, or a deferred executor to see work in flight.
 */
public interface BackgroundExecutor {

    /**
     * Runs {@code work} in the background; then, on the UI thread, {@code onSuccess} or
     * {@code onFailure}, and after it {@code onDone} (also when the callback threw).
     */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure, Runnable onDone);

    default <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(work, onSuccess, onFailure, () -> { });
    }

    /** Work with no result; a failure goes to {@code onFailure} (on the UI thread). */
    default void run(ThrowingRunnable work, Consumer<Throwable> onFailure) {
        submit(() -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    /**
     * For work that says how far it has got: the work calls what this returns with the share done
     * (0 to 1); {@code show} gets the latest share on the UI thread, with at most one hand-over
     * waiting (shares reported meanwhile replace it), all before the work's own callbacks. The
     * default, for executors that run callbacks on the calling thread, calls {@code show} at once.
     */
    default DoubleConsumer progress(DoubleConsumer show) {
        return show;
    }

    /**
     * True when no work is queued or running and no callback is waiting to run: what tests wait
     * for instead of a fixed sleep.
     */
    boolean isIdle();

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
