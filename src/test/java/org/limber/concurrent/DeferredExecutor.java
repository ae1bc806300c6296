package org.limber.concurrent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A test executor that keeps work waiting until the test lets it run, so a test can look at a
 * view-model while its work is in flight (busy shown, buttons disabled), then finish it.
 * Everything runs on the test's thread.
 */
public final class DeferredExecutor implements BackgroundExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
            Runnable onDone) {
        queue.add(() -> Outcome.of(work).deliver(onSuccess, onFailure, onDone));
    }

    /** Runs the oldest waiting task and its callbacks; false when none was waiting. */
    public boolean runNext() {
        Runnable next = queue.poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs waiting tasks, including those their callbacks submit, until none is left. */
    public int runAll() {
        int ran = 0;
        while (runNext()) {
            ran++;
        }
        return ran;
    }

    public int waiting() {
        return queue.size();
    }

    @Override
    public boolean isIdle() {
        return queue.isEmpty();
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}
