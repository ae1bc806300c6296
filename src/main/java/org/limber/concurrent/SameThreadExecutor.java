package org.limber.concurrent;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

final class SameThreadExecutor implements BackgroundExecutor {

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | LinkageError e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void shutdown() {
        // nothing queued
    }
}
