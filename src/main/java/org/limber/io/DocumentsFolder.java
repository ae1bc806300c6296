package org.limber.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where save and open dialogs start: the person's documents folder (on Linux the one named in
 * {@code user-dirs.dirs}, which is "Dokumente" on a German desktop), else the home folder.
 * Looks at files: call it off the UI thread.
 */
public final class DocumentsFolder {

    private static final String KEY = "XDG_DOCUMENTS_DIR=";

    private DocumentsFolder() {
    }

    /** For this computer's user. */
    public static Path find() {
        Path home = Path.of(System.getProperty("user.home", "."));
        String config = System.getenv("XDG_CONFIG_HOME");
        return find(home, config == null || config.isBlank() ? home.resolve(".config") : Path.of(config));
    }

    /** {@code config} is where {@code user-dirs.dirs} would be. */
    public static Path find(Path home, Path config) {
        return named(home, config.resolve("user-dirs.dirs")).filter(Files::isDirectory)
                .or(() -> Optional.of(home.resolve("Documents")).filter(Files::isDirectory))
                .orElse(home);
    }

    private static Optional<Path> named(Path home, Path userDirs) {
        try {
            List<String> lines = Files.readAllLines(userDirs, StandardCharsets.UTF_8);
            for (String line : lines) {
                String l = line.strip();
                if (l.startsWith(KEY)) {
                    String value = l.substring(KEY.length()).replace("\"", "");
                    Path folder = value.startsWith("$HOME") ? home.resolve(value.substring(5).replaceFirst("^/", ""))
                            : Path.of(value);
                    return folder.isAbsolute() && !folder.equals(home) ? Optional.of(folder) : Optional.empty();
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
