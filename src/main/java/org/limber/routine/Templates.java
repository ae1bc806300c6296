package org.limber.routine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.limber.io.ClasspathFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ready-made routines in assets/templates, read with the routine file format. */
public final class Templates {

    public static final String FOLDER = "/assets/templates";
    private static final Logger LOG = LoggerFactory.getLogger(Templates.class);

    private Templates() {
    }

    /** Every template that reads cleanly; a broken one is logged with its path and left out. */
    public static List<Routine> load(Predicate<String> builtIn) throws IOException {
        return load(builtIn, Locale.ROOT);
    }

    /**
     * The templates in the locale's language where they are translated
     * ({@code assets/templates/<language>/}, the same routines with their words translated).
     */
    public static List<Routine> load(Predicate<String> builtIn, Locale locale) throws IOException {
        String translated = FOLDER + "/" + locale.getLanguage();
        String folder = !locale.getLanguage().isEmpty() && Templates.class.getResource(translated) != null
                ? translated : FOLDER;
        RoutineFiles files = new RoutineFiles();
        return ClasspathFolder.with(folder, dir -> {
            List<Routine> templates = new ArrayList<>();
            for (Path file : ClasspathFolder.files(dir, RoutineFiles.EXTENSION)) {
                try {
                    String id = "template:" + file.getFileName().toString().replace(RoutineFiles.EXTENSION, "");
                    templates.add(files.parse(Files.readAllBytes(file), builtIn).routine().withId(id));
                } catch (RoutineFileException e) {
                    LOG.warn("Template {} is broken: {}", file.toUri(), e.problems());
                }
            }
            return templates;
        });
    }
}
