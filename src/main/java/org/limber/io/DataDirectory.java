package org.limber.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything Limber writes lives: {@code --data-dir=DIR}, else the system property
 * {@code limber.dataDir}, else the per-user data folder of the operating system.
 */
public final class DataDirectory {

    public static final String ARGUMENT = "--data-dir=";
    public static final String PROPERTY = "limber.dataDir";

    private DataDirectory() {
    }

    public static Path resolve(List<String> args, Map<String, String> env, String osName, String userHome) {
        Optional<String> fromArgs = args.stream()
                .filter(a -> a.startsWith(ARGUMENT))
                .map(a -> a.substring(ARGUMENT.length()))
                .filter(s -> !s.isBlank())
                .reduce((first, second) -> second);
        if (fromArgs.isPresent()) {
            return Path.of(fromArgs.get()).toAbsolutePath();
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        return osDefault(env, osName, userHome);
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Limber");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Limber");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("limber");
    }
}
