package org.limber.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

final class SameThreadExecutor implements BackgroundExecutor {

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
            Runnable onDone) {
        Outcome.of(work).deliver(onSuccess, onFailure, onDone);
    }

    @Override
    public boolean isIdle() {
        return true;
    }

    @Override
    public void shutdown() {
        // nothing queued
    }
}
