package org.limber.library;

import java.io.IOException;

/** Where the exercises come from: the built-in catalogue plus the custom ones. */
@FunctionalInterface
public interface ExerciseSource {
    Catalogue load() throws IOException;
}
