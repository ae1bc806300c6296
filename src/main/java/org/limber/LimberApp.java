package org.limber;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.limber.i18n.Languages;
import org.limber.io.Handoff;
import org.limber.io.InstanceLock;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.startup.Preload;
import org.limber.startup.StartupOptions;
import org.limber.ui.shell.AlreadyRunning;

/**
 * The JavaFX application. {@link #init()} runs off the FX thread and reads the settings;
 * {@link #start(Stage)} shows the shell first and leaves everything else to the background.
 */
public final class LimberApp extends Application {

    public static final String FIRST_FRAME_LINE = "limber: first frame after %d ms";

    private StartupOptions options;
    private Settings settings;
    private SettingsStore settingsStore;
    private AppContext context;
    private String version;
    private InstanceLock lock;
    private boolean handedOver;
    private String lockProblem;

    @Override
    public void init() {
        options = StartupOptions.parse(getParameters().getRaw());
        System.setProperty("limber.logDir", options.dataDir().resolve("logs").toString());
        settingsStore = new SettingsStore(options.dataDir().resolve("settings.json"));
        settings = Preload.takeSettings(settingsStore, options.dataDir().resolve("settings.json"));
        // JavaFX's own words (Cancel, date pickers) follow the default locale: make it the chosen one
        Locale.setDefault(Languages.resolve(settings.language(), Languages.computer()));
        version = readVersion();
        claimDataFolder();
        if (lock != null) {
            // nodes may be built off the FX thread until they are shown: the shell is ready
            // when start() comes (ADR 5)
            context = new AppContext(options, version, settingsStore, settings, Platform::runLater, this::restart);
            context.buildShell();
        }
    }

    /** One Limber per data folder; a second launch hands its file to the first and leaves. */
    private void claimDataFolder() {
        try {
            Optional<InstanceLock> acquired = InstanceLock.acquire(options.dataDir());
            if (acquired.isPresent()) {
                lock = acquired.get();
                return;
            }
            Path request = Handoff.send(options.dataDir(), options.fileToImport());
            handedOver = Handoff.taken(request, 5000, Thread::sleep);
            if (!handedOver) {
                lockProblem = "no-answer";
            }
        } catch (IOException e) {
            lockProblem = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lockProblem = "interrupted";
        }
    }

    @Override
    public void start(Stage stage) {
        if (options == null) {
            init();
        }
        if (handedOver) {
            System.out.println("limber: handed over to the Limber already running on " + options.dataDir());
            Platform.exit();
            return;
        }
        if (lock == null && "no-answer".equals(lockProblem)) {
            AlreadyRunning.show(options.dataDir(), settings);
            Platform.exit();
            return;
        }
        if (context == null) {
            context = new AppContext(options, version, settingsStore, settings, Platform::runLater, this::restart);
        }
        context.showMainWindow(stage, this::announceFirstFrame);
    }

    /**
     * "Restart now" after a change of language: this app ends (its data closed behind the last
     * save) and a new one starts in the same window and process, so the data folder stays ours,
     * in the language now chosen. FX thread.
     */
    private void restart() {
        AppContext old = context;
        Stage stage = old.stage();
        String who = old.activeProfileId();
        settings = old.shutdownForRestart();
        Locale.setDefault(Languages.resolve(settings.language(), Languages.computer()));
        context = new AppContext(options, version, settingsStore, settings, Platform::runLater, this::restart);
        // the person who was active stays so: a physiotherapist's next session goes to the same client
        context.resumeProfile(who);
        context.showMainWindow(stage, () -> { });
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                // the OS releases it when the process ends
            }
        }
    }

    /**
     * True once the data was opened (or could not be) and no background work or callback is
     * pending: what tests wait for before they look at what the pages show.
     */
    public boolean isSettled() {
        return context != null && context.settled();
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = LimberApp.class.getResourceAsStream("/org/limber/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // the version is only shown in the About box
        }
        return properties.getProperty("version", "dev");
    }

    private void announceFirstFrame() {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.println(String.format(FIRST_FRAME_LINE, uptime));
        System.out.flush();
    }
}
