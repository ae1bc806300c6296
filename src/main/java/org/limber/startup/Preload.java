package org.limber.startup;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;

/**
 * What {@link Launcher} starts reading while the JavaFX toolkit comes up, handed to
 * {@link LimberApp#init()} once (JavaFX creates the application object itself, so this is the
 * only way across). Without a launcher (tests start {@code LimberApp} directly) there is
 * nothing here and the app reads for itself.
 */
public final class Preload {

    private static CompletableFuture<Settings> settings;
    private static Path settingsFile;

    private Preload() {
    }

    public static synchronized void settings(Path file, CompletableFuture<Settings> loading) {
        settingsFile = file;
        settings = loading;
    }

    /** The settings read ahead for this file, or the store's own read when there are none. */
    public static Settings takeSettings(SettingsStore store, Path file) {
        CompletableFuture<Settings> ahead;
        synchronized (Preload.class) {
            ahead = file.equals(settingsFile) ? settings : null;
            settings = null;
            settingsFile = null;
        }
        if (ahead != null) {
            try {
                return ahead.get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // read again below, where a problem is handled as usual
            }
        }
        return store.load();
    }
}
