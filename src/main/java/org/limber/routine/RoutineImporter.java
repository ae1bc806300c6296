package org.limber.routine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.limber.io.StorageException;
import org.limber.library.CustomExerciseStore;
import org.limber.library.Exercise;

/**
 * Import in two stages: {@link #check} reads and validates the whole file and writes nothing;
 * {@link #commit} then stores the routine and its custom exercises in one transaction.
 */
public final class RoutineImporter {

    private final RoutineFiles files;
    private final RoutineStore store;
    private final Predicate<String> builtIn;
    private final Supplier<String> newId;
    private final CustomExerciseStore local;

    public RoutineImporter(RoutineFiles files, RoutineStore store, Predicate<String> builtIn, Supplier<String> newId) {
        this(files, store, builtIn, newId, null);
    }

    /** With the local custom exercises, so an imported one never overwrites a different one of the same id. */
    public RoutineImporter(RoutineFiles files, RoutineStore store, Predicate<String> builtIn, Supplier<String> newId,
            CustomExerciseStore local) {
        this.files = files;
        this.store = store;
        this.builtIn = builtIn;
        this.newId = newId;
        this.local = local;
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
        ImportedRoutine kept = keepLocalExercises(imported);
        Routine routine = kept.routine().withId(id).withName(name);
        store.save(profileId, routine, kept.customExercises());
        return routine;
    }

    /** An incoming custom exercise whose id is taken by a different local one gets a new id of its own. */
    private ImportedRoutine keepLocalExercises(ImportedRoutine imported) throws StorageException {
        if (local == null || imported.customExercises().isEmpty()) {
            return imported;
        }
        Map<String, Exercise> mine = new HashMap<>();
        local.listExercises().forEach(e -> mine.put(e.id(), e));
        Map<String, String> renamed = new HashMap<>();
        List<Exercise> custom = new ArrayList<>();
        for (Exercise e : imported.customExercises()) {
            Exercise existing = mine.get(e.id());
            if (existing != null && !existing.equals(e)) {
                String fresh = e.id() + "-" + newId.get().substring(0, 6).toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]", "0");
                renamed.put(e.id(), fresh);
                custom.add(new Exercise(fresh, e.name(), e.otherNames(), e.kind(), e.bodyAreas(),
                        e.position(), e.equipment(), e.dosage(), e.breathing(), e.instructions(), e.feel(), e.stopIf(),
                        e.cautions(), e.animation()));
            } else {
                custom.add(e);
            }
        }
        List<Step> steps = imported.routine().steps().stream().map(s -> renamed.containsKey(s.exerciseId())
                ? new Step(renamed.get(s.exerciseId()), s.dosage(), s.breathing(), s.note()) : s).toList();
        return new ImportedRoutine(imported.routine().withSteps(steps), custom);
    }

    /** The name and practice last put in routine files shared from here. */
    public Optional<Physiotherapist> sharedAs() throws StorageException {
        return store.sharedAs();
    }

    /** Remembers the name and practice put in routine files shared from here (null: none). */
    public void shareAs(Physiotherapist physiotherapist) throws StorageException {
        store.shareAs(physiotherapist);
    }

    /** "Name (2)", "Name (3)"… the first that the profile does not use yet. */
    public String freeName(String profileId, String name) throws StorageException {
        Set<String> used = new HashSet<>();
        for (Routine r : store.list(profileId)) {
            used.add(r.name().toLowerCase(Locale.ROOT));
        }
        String candidate = name;
        for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
