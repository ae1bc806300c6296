package org.limber.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A named daemon thread for work that must not wait behind database writes: sound and
 * speech cues, which have to be heard on time, and the loop that keeps their sound line fed. Jobs run in order; failures are logged.
 */
public final class SerialWorker {

    private static final Logger LOG = LoggerFactory.getLogger(SerialWorker.class);

    private final ExecutorService worker;

    public SerialWorker(String name) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void execute(Runnable job) {
        if (worker.isShutdown()) {
            return;
        }
        worker.execute(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("{} job failed: {}", Thread.currentThread().getName(), e.toString());
            }
        });
    }

    /** Runs what is queued, then stops; returns at once. */
    public void finishAndStop() {
        worker.shutdown();
    }

    /** After {@link #finishAndStop()}: waits at most {@code millis} for the last job to end; true when it did. */
    public boolean awaitStop(long millis) throws InterruptedException {
        return worker.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

}
