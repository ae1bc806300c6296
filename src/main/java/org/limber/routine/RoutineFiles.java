package org.limber.routine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.limber.io.JsonLimits;
import org.limber.io.JsonProblem;
import org.limber.io.JsonSchemaCheck;
import org.limber.library.CatalogueException;
import org.limber.library.CatalogueLoader;
import org.limber.library.Exercise;

/**
 * Reads and writes {@code *.limber.json}. Reading checks the whole file first and reports every
 * problem with its JSON path; nothing is returned unless all of it is acceptable.
 */
public final class RoutineFiles {

    public static final String FORMAT = "limber-routine";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".limber.json";
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final String SCHEMA = "/assets/schema/routine.schema.json";
    /**
     * Checked while streaming, before a tree is built. A full routine file (200 steps, 200
     * custom exercises) has some 15,000 keys, 8 levels and 14 keys in its largest object.
     */
    static final JsonLimits LIMITS = new JsonLimits(32, 200, 50_000, 200_000, 20_000);

    private synchronized JsonSchemaCheck schema() {
        if (schema == null) {
            schema = JsonSchemaCheck.fromClasspath(SCHEMA);
        }
        return schema;
    }

    /** Made when first needed, like the schema: the shell builds this class before its first frame. */
    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = CatalogueLoader.mapper().enable(SerializationFeature.INDENT_OUTPUT);
            exercises = new CatalogueLoader();
        }
        return mapper;
    }

    private ObjectMapper mapper;
    private CatalogueLoader exercises;
    /** Read when first needed: building the schema costs a noticeable part of a second at startup. */
    private JsonSchemaCheck schema;

    public byte[] write(Routine routine, List<Exercise> customExercises) {
        ObjectMapper mapper = mapper();
        List<StepJson> steps = routine.steps().stream().map(StepJson::of).toList();
        List<JsonNode> custom = customExercises.stream().map(exercises::toTree).toList();
        RoutineJson file = new RoutineJson(FORMAT, VERSION, "Limber", RoutineJson.From.of(routine.from()),
                new RoutineJson.Body(routine.name(), routine.description(), steps), custom);
        try {
            return mapper.writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a routine could not be written as JSON", e);
        }
    }

    /** Reads a file; {@code builtIn} says which exercise ids the library already has. */
    public ImportedRoutine read(Path file, Predicate<String> builtIn) throws RoutineFileException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new RoutineFileException(RoutineFileException.Kind.UNREADABLE,
                        Files.exists(file) ? "not a regular file" : "no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new RoutineFileException(RoutineFileException.Kind.TOO_LARGE,
                        "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RoutineFileException(RoutineFileException.Kind.UNREADABLE, "no such file");
        } catch (IOException e) {
            throw new RoutineFileException(RoutineFileException.Kind.UNREADABLE, "cannot be read: " + e.getMessage());
        }
        return parse(bytes, builtIn);
    }

    public ImportedRoutine parse(byte[] bytes, Predicate<String> builtIn) throws RoutineFileException {
        if (bytes.length > MAX_BYTES) {
            throw new RoutineFileException(RoutineFileException.Kind.TOO_LARGE,
                    "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        Optional<JsonProblem> tooComplex = LIMITS.check(bytes);
        if (tooComplex.isPresent()) {
            throw new RoutineFileException(RoutineFileException.Kind.TOO_LARGE, List.of(tooComplex.get()));
        }
        JsonNode tree = readTree(bytes);
        JsonNode version = tree.get("version");
        if (version != null && version.canConvertToInt() && version.intValue() > VERSION) {
            throw new RoutineFileException(RoutineFileException.Kind.NEWER_VERSION, List.of(new JsonProblem("$.version",
                    "written by a newer Limber (format " + version.intValue() + "); this one reads format " + VERSION)));
        }
        List<JsonProblem> problems = new ArrayList<>(schema().check(tree));
        List<Exercise> custom = customExercises(tree, builtIn, problems);
        if (problems.isEmpty()) {
            checkExerciseIds(tree, builtIn, custom, problems);
        }
        if (!problems.isEmpty()) {
            throw new RoutineFileException(RoutineFileException.Kind.INVALID, problems);
        }
        try {
            RoutineJson file = mapper().treeToValue(tree, RoutineJson.class);
            List<Step> steps = file.routine().steps().stream().map(StepJson::toStep).toList();
            Routine routine = new Routine(null, file.routine().name(), file.routine().description(), steps,
                    file.from() == null ? null : file.from().toPhysiotherapist());
            List<JsonProblem> tooLong = RoutineSize.of(routine).problems();
            if (!tooLong.isEmpty()) {
                throw new RoutineFileException(RoutineFileException.Kind.TOO_LARGE, tooLong);
            }
            return new ImportedRoutine(routine, custom);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new RoutineFileException(RoutineFileException.Kind.INVALID, e.getMessage());
        }
    }

    private JsonNode readTree(byte[] bytes) throws RoutineFileException {
        try {
            JsonNode tree = mapper().readTree(bytes);
            if (tree == null || !tree.isObject()) {
                throw new RoutineFileException(RoutineFileException.Kind.INVALID, "must be a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new RoutineFileException(RoutineFileException.Kind.INVALID, "not valid JSON" + where + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RoutineFileException(RoutineFileException.Kind.UNREADABLE, String.valueOf(e.getMessage()));
        }
    }

    private List<Exercise> customExercises(JsonNode tree, Predicate<String> builtIn, List<JsonProblem> problems) {
        List<Exercise> custom = new ArrayList<>();
        JsonNode list = tree.get("customExercises");
        if (list == null || !list.isArray()) {
            return custom;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String base = "$.customExercises[" + i + "]";
            List<JsonProblem> own = exercises.check(list.get(i));
            for (JsonProblem p : own) {
                problems.add(new JsonProblem(base + p.path().substring(1), p.reason()));
            }
            if (!own.isEmpty()) {
                continue;
            }
            try {
                Exercise exercise = exercises.fromTree(list.get(i));
                if (builtIn.test(exercise.id())) {
                    problems.add(new JsonProblem(base + ".id", "'" + exercise.id() + "' is a built-in exercise"));
                } else if (!ids.add(exercise.id())) {
                    problems.add(new JsonProblem(base + ".id", "'" + exercise.id() + "' is used twice"));
                } else {
                    custom.add(exercise);
                }
            } catch (CatalogueException e) {
                problems.add(new JsonProblem(base, e.getMessage()));
            }
        }
        return custom;
    }

    private static void checkExerciseIds(JsonNode tree, Predicate<String> builtIn, List<Exercise> custom,
            List<JsonProblem> problems) {
        Set<String> customIds = new HashSet<>();
        custom.forEach(e -> customIds.add(e.id()));
        JsonNode steps = tree.path("routine").path("steps");
        for (int i = 0; i < steps.size(); i++) {
            String id = steps.get(i).path("exercise").asText();
            if (!builtIn.test(id) && !customIds.contains(id)) {
                problems.add(new JsonProblem("$.routine.steps[" + i + "].exercise",
                        "unknown exercise '" + id + "' (not in the library and not in the file)"));
            }
        }
    }
}
