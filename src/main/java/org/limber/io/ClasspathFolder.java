package org.limber.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Lists a folder of resources whether the app runs from class folders or from a jar. */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** Applies {@code work} to the folder's path, open for the duration of the call. */
    public static <T> T with(String folder, IOFunction<Path, T> work) throws IOException {
        URL url = ClasspathFolder.class.getResource(folder);
        if (url == null) {
            throw new IOException(folder + " is missing from the application");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return work.apply(jar.getPath(folder));
                } catch (FileSystemAlreadyExistsException e) {
                    return work.apply(FileSystems.getFileSystem(url.toURI()).getPath(folder));
                }
            }
            return work.apply(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IOException("bad resource location " + url, e);
        }
    }

    /** The files in {@code dir} whose names end with {@code suffix}, sorted by name. */
    public static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing((Function<Path, String>) p -> p.getFileName().toString()))
                    .toList();
        }
    }

    @FunctionalInterface
    public interface IOFunction<A, B> {
        B apply(A a) throws IOException;
    }
}
