package org.limber.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon worker thread, so database writes are naturally serialised (one writer).
 * Callbacks are handed to {@code callbackExecutor}, which the composition root sets to
 * {@code Platform::runLater}.
 */
public final class SingleThreadBackgroundExecutor implements BackgroundExecutor {

    /** Fetched when first needed: starting the logging system is not on the way to the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(SingleThreadBackgroundExecutor.class);
    }

    private final ExecutorService worker;
    private final Executor callbackExecutor;

    public SingleThreadBackgroundExecutor(Executor callbackExecutor) {
        this.callbackExecutor = callbackExecutor;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "limber-background");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        if (worker.isShutdown()) {
            log().warn("Work submitted after shutdown was dropped");
            return;
        }
        worker.execute(() -> {
            try {
                T result = work.call();
                callbackExecutor.execute(() -> onSuccess.accept(result));
            } catch (Exception | LinkageError e) {
                log().warn("Background task failed", e);
                callbackExecutor.execute(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void shutdown() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                log().warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
