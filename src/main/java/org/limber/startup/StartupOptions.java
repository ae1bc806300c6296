package org.limber.startup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.limber.io.DataDirectory;
import org.limber.results.ResultsFiles;
import org.limber.routine.RoutineFiles;
import org.limber.settings.ServerAddress;

/**
 * What the command line asked for: the data folder, a routine or results file to import, and a
 * practice server ({@code --database=postgresql://...}; an address that cannot be used throws
 * {@link ServerAddress.AddressException}).
 */
public record StartupOptions(Path dataDir, Optional<Path> fileToImport, boolean exitWhenReady,
        Optional<ServerAddress> database) {

    /**
     * Quits once the data is open and the first page shown: the packaging's training run,
     * which records the classes a start needs into the AppCDS archive.
     */
    public static final String EXIT_WHEN_READY = "--exit-when-ready";

    public static StartupOptions parse(List<String> args) {
        Path dataDir = DataDirectory.resolve(args, System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
        Optional<Path> file = args.stream()
                .filter(a -> !a.startsWith("--"))
                .filter(a -> a.endsWith(RoutineFiles.EXTENSION) || a.endsWith(ResultsFiles.EXTENSION))
                .map(Path::of)
                .findFirst();
        return new StartupOptions(dataDir, file, args.contains(EXIT_WHEN_READY), ServerAddress.fromArguments(args));
    }
}
