package org.limber;

import java.io.Console;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.application.Application;
import org.kordamp.ikonli.IkonHandler;
import org.limber.concurrent.Warmup;
import org.limber.i18n.Messages;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.routine.RoutineValidation;
import org.limber.settings.ServerAddress;
import org.limber.settings.Settings;
import org.limber.settings.SettingsStore;
import org.limber.startup.DatabaseCheck;
import org.limber.startup.Preload;
import org.limber.startup.StartupClasses;
import org.limber.startup.StartupOptions;
import org.limber.ui.shell.Page;

/**
 * The entry point. A plain class (not an {@link Application}) so that class-path and packaged
 * launches find the JavaFX runtime. {@code --validate FILE} checks a routine file and exits, and
 * {@code --database=postgresql://...} checks a practice server ({@link DatabaseCheck}),
 * without opening a window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length >= 1 && "--validate".equals(args[0])) {
            quietLogging();
            System.exit(validate(args));
        }
        if (Arrays.stream(args).anyMatch(a -> a.startsWith(ServerAddress.ARGUMENT))) {
            // the app's pages do not open on a server yet (ADR 9): this checks the connection and exits
            quietLogging();
            Messages i18n = new Messages(Locale.getDefault());
            System.exit(DatabaseCheck.run(List.of(args), () -> askPassword(i18n), i18n, System.out));
        }
        warmUp(args);
        Application.launch(LimberApp.class, args);
    }

    /** Before any logger exists: the command line prints its answer only, and writes no log file. */
    static void quietLogging() {
        System.setProperty("logback.configurationFile", "org/limber/logback-cli.xml");
        System.setProperty("slf4j.internal.verbosity", "ERROR");
    }

    /**
     * The settings, the icon enums and the classes the first frame needs are loaded beside the
     * toolkit's own start instead of after it, which leaves part of the second core free
     * (bench/startup.sh measures the gain). Logging starts later, with the first message, off the way to the
     * first frame.
     */
    private static void warmUp(String[] args) {
        Path dataDir;
        try {
            dataDir = StartupOptions.parse(List.of(args)).dataDir();
        } catch (RuntimeException e) {
            return;
        }
        System.setProperty("limber.logDir", dataDir.resolve("logs").toString());
        Path file = dataDir.resolve("settings.json");
        CompletableFuture<Settings> settings =
                new CompletableFuture<>();
        Preload.settings(file, settings);
        Warmup.start(
                () -> {
                    try {
                        settings.complete(new SettingsStore(file).load());
                    } catch (RuntimeException | Error e) {
                        // the app then reads the settings itself, and reports what is wrong
                        settings.completeExceptionally(e);
                    }
                },
                Launcher::warmIcons, StartupClasses::preload);
    }

    /** The shell's icons come from large generated enums; loading them is the slow part. */
    private static void warmIcons() {
        List<IkonHandler> handlers = new ArrayList<>();
        ServiceLoader.load(IkonHandler.class).forEach(handlers::add);
        for (Page page : Page.values()) {
            handlers.stream().filter(h -> h.supports(page.icon())).findFirst().ifPresent(h -> h.resolve(page.icon()));
        }
        for (String icon : List.of("mdi2t-theme-light-dark", "mdi2h-help-circle-outline", "mdi2p-play")) {
            handlers.stream().filter(h -> h.supports(icon)).findFirst().ifPresent(h -> h.resolve(icon));
        }
    }

    /** On the terminal, not echoed; null without one. */
    private static char[] askPassword(Messages i18n) {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", i18n.get("server.check.password"));
    }

    static int validate(String[] args) {
        if (args.length != 2) {
            System.out.println("usage: limber --validate FILE.limber.json");
            return RoutineValidation.UNREADABLE;
        }
        Set<String> builtIn;
        try {
            Catalogue catalogue = new CatalogueLoader().loadBuiltIn();
            builtIn = catalogue.exercises().stream().map(Exercise::id).collect(Collectors.toSet());
        } catch (IOException e) {
            System.out.println("limber: the built-in catalogue could not be read: " + e.getMessage());
            return RoutineValidation.UNREADABLE;
        }
        Path file;
        try {
            file = Path.of(args[1]);
        } catch (InvalidPathException e) {
            System.out.println(args[1] + ": $: not a valid file name");
            return RoutineValidation.UNREADABLE;
        }
        return RoutineValidation.run(file, builtIn::contains, System.out);
    }
}
