package org.limber.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundExecutorTest {

    /** Callbacks wait here until the test runs them, as they would wait for the FX thread. */
    private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
    private final SingleThreadBackgroundExecutor executor = new SingleThreadBackgroundExecutor(uiThread::add);
    private final List<String> events = new ArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    private void runCallbacks(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            Runnable callback = uiThread.poll(5, TimeUnit.SECONDS);
            assertThat(callback).as("callback " + i).isNotNull();
            callback.run();
        }
    }

    @Test
    void progressReachesTheCallbackThreadOneHandOverAtATimeWithTheLatestShareAndBeforeTheResult()
            throws InterruptedException {
        DoubleConsumer progress = executor.progress(share -> events.add("at " + share));
        CountDownLatch reported = new CountDownLatch(1);
        executor.submit(() -> {
            progress.accept(0.1);
            progress.accept(0.2); // the hand-over of 0.1 is still waiting: it will show 0.2
            reported.countDown();
            return "read";
        }, r -> events.add("ok " + r), e -> events.add("failed"), () -> events.add("done"));
        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        runCallbacks(2);
        assertThat(events).containsExactly("at 0.2", "ok read", "done");
        progress.accept(0.9); // the waiting one was handed over: a new share is handed over again
        runCallbacks(1);
        assertThat(events).endsWith("at 0.9");
    }

    @Test
    void theResultThenTheCompletionHookRunOnTheCallbackThread() throws InterruptedException {
        executor.submit(() -> 42, r -> events.add("ok " + r), e -> events.add("failed"), () -> events.add("done"));
        runCallbacks(1);
        assertThat(events).containsExactly("ok 42", "done");
    }

    @Test
    void anErrorIsReportedLikeAnyFailureAndNeverKillsTheTaskSilently() throws InterruptedException {
        executor.submit(() -> {
            throw new OutOfMemoryError("test");
        }, r -> events.add("ok"), e -> events.add("failed " + e.getClass().getSimpleName()), () -> events.add("done"));
        executor.submit(() -> "next", r -> events.add("ok " + r), e -> events.add("failed"));
        runCallbacks(2);
        assertThat(events).containsExactly("failed OutOfMemoryError", "done", "ok next");
    }

    @Test
    void theCompletionHookRunsEvenWhenTheCallbackThrows() throws InterruptedException {
        executor.submit(() -> 1, r -> {
            throw new IllegalStateException("callback broke");
        }, e -> events.add("failed"), () -> events.add("done"));
        Runnable callback = uiThread.poll(5, TimeUnit.SECONDS);
        try {
            callback.run();
        } catch (IllegalStateException expected) {
            events.add("thrown");
        }
        assertThat(events).containsExactly("done", "thrown");
        assertThat(executor.isIdle()).isTrue();
    }

    @Test
    void itIsIdleOnlyOnceTheCallbacksHaveRun() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        assertThat(executor.isIdle()).isTrue();
        executor.submit(() -> {
            release.await();
            return "x";
        }, r -> events.add(r), e -> { });
        assertThat(executor.isIdle()).as("work running").isFalse();
        release.countDown();
        Runnable callback = uiThread.poll(5, TimeUnit.SECONDS);
        assertThat(executor.isIdle()).as("callback waiting").isFalse();
        callback.run();
        assertThat(executor.isIdle()).isTrue();
        assertThat(events).containsExactly("x");
    }

    @Test
    void workAfterShutdownIsDroppedWithoutThrowingAndLeavesItIdle() {
        executor.shutdown();
        executor.submit(() -> "late", r -> events.add(r), e -> events.add("failed"));
        assertThat(executor.isIdle()).isTrue();
        assertThat(uiThread).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void theSameThreadExecutorAlsoReportsErrors() {
        BackgroundExecutor now = BackgroundExecutor.sameThread();
        now.submit(() -> {
            throw new StackOverflowError();
        }, r -> events.add("ok"), e -> events.add("failed"), () -> events.add("done"));
        assertThat(events).containsExactly("failed", "done");
    }

    @Test
    void theDeferredExecutorShowsWorkInFlight() {
        DeferredExecutor deferred = new DeferredExecutor();
        deferred.submit(() -> "a", r -> {
            events.add(r);
            deferred.submit(() -> "b", events::add, e -> { });
        }, e -> { }, () -> events.add("done"));
        assertThat(deferred.isIdle()).isFalse();
        assertThat(events).isEmpty();
        assertThat(deferred.runAll()).isEqualTo(2);
        assertThat(events).containsExactly("a", "done", "b");
        assertThat(deferred.isIdle()).isTrue();
    }
}
