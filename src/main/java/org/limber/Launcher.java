package org.limber;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.routine.RoutineValidation;
import org.limber.startup.Preload;
import org.limber.startup.StartupClasses;
import org.limber.startup.StartupOptions;

/**
 * The entry point. A plain class (not an {@link Application}) so that class-path and packaged
 * launches find the JavaFX runtime. {@code --validate FILE} checks a routine file and exits
 * without opening a window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length >= 1 && "--validate".equals(args[0])) {
            System.exit(validate(args));
        }
        warmUp(args);
        Application.launch(LimberApp.class, args);
    }

    /**
     * The settings, the icon enums and the classes the first frame needs are loaded beside the
     * toolkit's own start instead of after it, which leaves part of the second core free
     * (bench/startup.sh measures the gain). Logging starts later, with the first message, off the way to the
     * first frame.
     */
    private static void warmUp(String[] args) {
        java.nio.file.Path dataDir;
        try {
            dataDir = StartupOptions.parse(java.util.List.of(args)).dataDir();
        } catch (RuntimeException e) {
            return;
        }
        System.setProperty("limber.logDir", dataDir.resolve("logs").toString());
        java.nio.file.Path file = dataDir.resolve("settings.json");
        java.util.concurrent.CompletableFuture<org.limber.settings.Settings> settings =
                new java.util.concurrent.CompletableFuture<>();
        Preload.settings(file, settings);
        org.limber.concurrent.Warmup.start(
                () -> {
                    try {
                        settings.complete(new org.limber.settings.SettingsStore(file).load());
                    } catch (RuntimeException | Error e) {
                        // the app then reads the settings itself, and reports what is wrong
                        settings.completeExceptionally(e);
                    }
                },
                Launcher::warmIcons, StartupClasses::preload);
    }

    /** The shell's icons come from large generated enums; loading them is the slow part. */
    private static void warmIcons() {
        java.util.List<org.kordamp.ikonli.IkonHandler> handlers = new java.util.ArrayList<>();
        java.util.ServiceLoader.load(org.kordamp.ikonli.IkonHandler.class).forEach(handlers::add);
        for (org.limber.ui.shell.Page page : org.limber.ui.shell.Page.values()) {
            handlers.stream().filter(h -> h.supports(page.icon())).findFirst().ifPresent(h -> h.resolve(page.icon()));
        }
        for (String icon : java.util.List.of("mdi2t-theme-light-dark", "mdi2h-help-circle-outline", "mdi2p-play")) {
            handlers.stream().filter(h -> h.supports(icon)).findFirst().ifPresent(h -> h.resolve(icon));
        }
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
        } catch (java.io.IOException e) {
            System.out.println("limber: the built-in catalogue could not be read: " + e.getMessage());
            return RoutineValidation.UNREADABLE;
        }
        Path file;
        try {
            file = Path.of(args[1]);
        } catch (java.nio.file.InvalidPathException e) {
            System.out.println(args[1] + ": $: not a valid file name");
            return RoutineValidation.UNREADABLE;
        }
        return RoutineValidation.run(file, builtIn::contains, System.out);
    }
}
