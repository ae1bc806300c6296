package org.limber.startup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list of classes loaded ahead of the first frame still names classes that exist (after a
 * library upgrade it would not). Whether it still matches what a start loads is for
 * bench/startup-classes.sh to remake, not for a test to judge.
 */
class StartupClassesTest {

    @Test
    void theListStillNamesClassesThatExist() throws IOException {
        List<String> names;
        try (InputStream in = StartupClasses.class.getResourceAsStream(StartupClasses.LIST)) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        }
        assertTrue(names.size() > 500, "the list holds the shell's classes: " + names.size());
        List<String> missing = names.stream().filter(name -> {
            try {
                Class.forName(name, false, getClass().getClassLoader());
                return false;
            } catch (ClassNotFoundException e) {
                return true;
            }
        }).toList();
        // the toolkit's classes for another operating system may be missing there; anything
        // more means a library changed: bench/startup-classes.sh makes the list again
        assertTrue(missing.size() * 20 < names.size(), "not found (run bench/startup-classes.sh): " + missing);
        int found = StartupClasses.preload();
        assertTrue(found == names.size() - missing.size(), "preloaded " + found + " of " + names.size());
    }
}
