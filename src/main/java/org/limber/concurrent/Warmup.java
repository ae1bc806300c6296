package org.limber.concurrent;

/**
 * Runs start-up chores on one daemon thread while the JavaFX toolkit is still
 * coming up on the others, so that the first frame does not wait for them. A chore that fails
 * is simply done again, for real, by whoever needs it later.
 */
public final class Warmup {

    private Warmup() {
    }

    public static void start(Runnable... chores) {
        Thread thread = new Thread(() -> {
            for (Runnable chore : chores) {
                try {
                    chore.run();
                } catch (RuntimeException | LinkageError e) {
                    // only a head start; the real use will report any problem
                }
            }
        }, "limber-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
