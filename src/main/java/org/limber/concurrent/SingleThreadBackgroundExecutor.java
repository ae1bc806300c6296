package org.limber.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon worker thread, so database writes are naturally serialised (one writer).
 * Callbacks are handed to {@code callbackExecutor}, which the composition root sets to
 * {@code Platform::runLater}. A task counts as pending from its submission until its callbacks
 * have run, which is what {@link #isIdle()} reports.
 */
public final class SingleThreadBackgroundExecutor implements BackgroundExecutor {

    /** Fetched when first needed: starting the logging system is not on the way to the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(SingleThreadBackgroundExecutor.class);
    }

    private final ExecutorService worker;
    private final Executor callbackExecutor;
    private final AtomicInteger pending = new AtomicInteger();

    public SingleThreadBackgroundExecutor(Executor callbackExecutor) {
        this.callbackExecutor = callbackExecutor;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "limber-background");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
            Runnable onDone) {
        pending.incrementAndGet();
        try {
            worker.execute(() -> {
                Outcome<T> outcome = Outcome.of(work);
                try {
                    callbackExecutor.execute(() -> {
                        try {
                            outcome.deliver(onSuccess, onFailure, onDone);
                        } finally {
                            pending.decrementAndGet();
                        }
                    });
                } catch (RuntimeException e) {
                    // the UI thread is gone (the app is closing): nobody is left to tell
                    pending.decrementAndGet();
                    log().warn("A background result could not be handed back: {}", e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            // asked after shutdown (or while it ran): dropped, as ADR 3 says, never run on the caller
            pending.decrementAndGet();
            log().warn("Work submitted after shutdown was dropped");
        }
    }

    @Override
    public DoubleConsumer progress(DoubleConsumer show) {
        AtomicLong latest = new AtomicLong();
        AtomicBoolean waiting = new AtomicBoolean();
        return share -> {
            latest.set(Double.doubleToRawLongBits(share));
            if (waiting.compareAndSet(false, true)) {
                try {
                    callbackExecutor.execute(() -> {
                        waiting.set(false); // before reading: a share reported from now on is handed over again
                        show.accept(Double.longBitsToDouble(latest.get()));
                    });
                } catch (RuntimeException e) {
                    waiting.set(false); // the UI thread is gone (the app is closing)
                }
            }
        };
    }

    @Override
    public boolean isIdle() {
        return pending.get() == 0;
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
