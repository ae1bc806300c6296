package org.limber.routine;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.limber.io.StorageException;

/**
 * Import in two stages: {@link #check} reads and validates the whole file and writes nothing;
 * {@link #commit} then stores the routine and its custom exercises in one transaction.
 */
public final class RoutineImporter {

    private final RoutineFiles files;
    private final RoutineStore store;
    private final Predicate<String> builtIn;
    private final Supplier<String> newId;

    public RoutineImporter(RoutineFiles files, RoutineStore store, Predicate<String> builtIn, Supplier<String> newId) {
        this.files = files;
        this.store = store;
        this.builtIn = builtIn;
        this.newId = newId;
    }

    public ImportedRoutine check(Path file) throws RoutineFileException {
        return files.read(file, builtIn);
    }

    public ImportedRoutine check(byte[] content) throws RoutineFileException {
        return files.parse(content, builtIn);
    }

    /** A saved routine of the profile with the same name, if any. */
    public Optional<Routine> clash(String profileId, String name) throws StorageException {
        return store.list(profileId).stream().filter(r -> r.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Stores it as a new routine under {@code name}, or over {@code replace} when given. */
    public Routine commit(String profileId, ImportedRoutine imported, String name, Routine replace)
            throws StorageException {
        String id = replace != null ? replace.id() : newId.get();
        Routine routine = imported.routine().withId(id).withName(name);
        store.save(profileId, routine, imported.customExercises());
        return routine;
    }

    /** "Name (2)", "Name (3)"… the first that the profile does not use yet. */
    public String freeName(String profileId, String name) throws StorageException {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Routine r : store.list(profileId)) {
            used.add(r.name().toLowerCase(java.util.Locale.ROOT));
        }
        String candidate = name;
        for (int n = 2; used.contains(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
