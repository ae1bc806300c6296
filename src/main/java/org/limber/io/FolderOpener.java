package org.limber.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Shows a folder in the computer's file manager. Runs a process: call it off the FX thread. */
public final class FolderOpener {

    private final String os;

    public FolderOpener(String osName) {
        this.os = osName.toLowerCase(Locale.ROOT);
    }

    public static FolderOpener forThisComputer() {
        return new FolderOpener(System.getProperty("os.name", ""));
    }

    /** The command that opens {@code folder} on this kind of computer. */
    public List<String> command(Path folder) {
        String path = folder.toAbsolutePath().toString();
        if (os.startsWith("windows")) {
            return List.of("explorer.exe", path);
        }
        if (os.startsWith("mac")) {
            return List.of("open", path);
        }
        return List.of("xdg-open", path);
    }

    public void open(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        new ProcessBuilder(command(folder)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
