package org.limber.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks something every so often on its own daemon thread and hands news to the UI thread. */
public final class Poller<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    /** One look; returns null when there is nothing new. */
    @FunctionalInterface
    public interface Check<T> {
        T look() throws Exception;
    }

    private final ScheduledExecutorService timer;

    public Poller(String name, long periodMillis, Check<T> check, Executor callbackExecutor, Consumer<T> onNews) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                T news = check.look();
                if (news != null) {
                    callbackExecutor.execute(() -> onNews.accept(news));
                }
            } catch (Exception e) {
                LOG.debug("{} check failed: {}", name, e.toString());
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        timer.shutdownNow();
    }
}
