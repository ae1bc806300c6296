package org.limber.ui.common;

import java.nio.file.Path;
import java.util.Locale;

/** A kind of file the person chooses: its name in the chooser and its extension (".pdf", ".limber.json"). */
public record FileType(String description, String extension) {

    /**
     * The chosen path with this type's extension: kept when it is there, added when not; a name
     * ending in the extension's last part (".json" for ".limber.json") gets the whole of it.
     */
    public Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(extension.toLowerCase(Locale.ROOT))) {
            return chosen;
        }
        String last = extension.substring(extension.lastIndexOf('.'));
        if (!last.equals(extension) && lower.endsWith(last.toLowerCase(Locale.ROOT))) {
            name = name.substring(0, name.length() - last.length());
        }
        return chosen.resolveSibling(name + extension);
    }

    /** A file name made from a routine's or person's name: no characters a file system refuses. */
    public static String safeName(String name) {
        String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return cleaned.isEmpty() ? "routine" : cleaned;
    }
}
