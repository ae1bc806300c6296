package org.limber;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Properties;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;

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

    @Override
    public void init() {
        options = StartupOptions.parse(getParameters().getRaw());
        System.setProperty("limber.logDir", options.dataDir().resolve("logs").toString());
        settingsStore = new SettingsStore(options.dataDir().resolve("settings.json"));
        settings = settingsStore.load();
        version = readVersion();
    }

    @Override
    public void start(Stage stage) {
        if (options == null) {
            init();
        }
        context = new AppContext(options, version, settingsStore, settings, Platform::runLater);
        context.showMainWindow(stage, this::announceFirstFrame);
    }

    @Override
    public void stop() {
        if (context != null) {
            context.shutdown();
        }
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
