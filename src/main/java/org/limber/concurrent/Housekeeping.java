package org.limber.concurrent;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One long chore (checking and backing up the data) on a daemon thread of its own, beside the
 * background executor so that it does not hold up the person's own work. A failure is handed to
 * {@code failed} on {@code callbacks} (the FX thread); an Error is logged, never lost.
 */
public final class Housekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private Housekeeping() {
    }

    /** The chore; it may throw. */
    @FunctionalInterface
    public interface Chore {
        void run() throws Exception;
    }

    public static void start(String name, Chore chore, Executor callbacks, Consumer<Exception> failed) {
        Thread thread = new Thread(() -> {
            try {
                chore.run();
            } catch (Exception e) {
                callbacks.execute(() -> failed.accept(e));
            } catch (Error e) {
                LOG.error("{} failed", name, e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
