package org.limber.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import org.limber.LimberApp;
import org.limber.safety.RedFlags;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole app on a data folder, as an outside test would, and stops it again. */
public final class LimberAppHarness {

    private final FxRobot robot = new FxRobot();
    private Application app;

    /** Starts as a returning user: the first-run screens were already passed. */
    public FxRobot start(Path dataDir, String... extraArgs) throws TimeoutException {
        try {
            Files.createDirectories(dataDir);
            Path settings = dataDir.resolve("settings.json");
            if (!Files.exists(settings)) {
                Files.writeString(settings, "{\"onboardingAccepted\": true, \"safetyCheck\": " + RedFlags.VERSION + "}");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return startFresh(dataDir, extraArgs);
    }

    /** Starts exactly as the data folder says (an empty folder is a first run). */
    public FxRobot startFresh(Path dataDir, String... extraArgs) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        String[] args = new String[extraArgs.length + 1];
        args[0] = "--data-dir=" + dataDir;
        System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
        app = FxToolkit.setupApplication(LimberApp.class, args);
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    public void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    /** Waits until a node matching the query is showing. */
    public Node waitFor(String query) throws TimeoutException {
        return waitFor(query, 10);
    }

    public Node waitFor(String query, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        return robot.lookup(query).query();
    }

    /**
     * Waits until the database is open (or could not be) and the pages have loaded what they
     * show: the app says so once no background work or callback is pending ({@link LimberApp#isSettled()}).
     */
    public void waitUntilDataIsOpen() throws TimeoutException {
        waitUntilSettled();
    }

    /** Waits until no background work or callback of the app is pending (after an action that loads or saves). */
    public void waitUntilSettled() throws TimeoutException {
        LimberApp limber = (LimberApp) app;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return limber.isSettled();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

}
