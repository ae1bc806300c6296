package org.limber.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, without initialising, the classes that the shell's first frame needs once the toolkit
 * is up (about 1,100, mostly JavaFX's), on the warm-up thread while the toolkit is still starting
 * (which leaves part of the second core free). The list is made by {@code bench/startup-classes.sh}; a name it no longer
 * finds is skipped (the class is then loaded when needed, as without the list). Loading without
 * initialising runs no static code, so it cannot deadlock with the threads that use the classes.
 */
public final class StartupClasses {

    public static final String LIST = "/org/limber/startup-classes.txt";

    private StartupClasses() {
    }

    /** Returns how many of the listed classes were found. */
    public static int preload() {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        int found = 0;
        try (InputStream stream = StartupClasses.class.getResourceAsStream(LIST)) {
            if (stream == null) {
                return 0;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            for (String name = in.readLine(); name != null; name = in.readLine()) {
                if (name.isBlank() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                    found++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // made for another version of a library: loaded when needed instead
                }
            }
        } catch (IOException e) {
            // only a head start
        }
        return found;
    }
}
