package org.limber;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import org.limber.library.Catalogue;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;
import org.limber.routine.RoutineValidation;

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
        Application.launch(LimberApp.class, args);
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
