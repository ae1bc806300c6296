package org.limber.library;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.limber.io.ClasspathFolder;
import org.limber.io.JsonProblem;
import org.limber.io.JsonSchemaCheck;
import org.slf4j.LoggerFactory;

/**
 * Reads the exercise files. Each is checked against the schema and then parsed; a broken file
 * becomes a {@link CatalogueProblem} naming it and the reason, and the others still load.
 */
public final class CatalogueLoader {

    public static final String SCHEMA = "/assets/schema/exercise.schema.json";
    public static final String BUILT_IN = "/assets/catalogue/exercises";
    static final long MAX_FILE_BYTES = 512 * 1024;

    private final ObjectMapper mapper = mapper();
    /** Built when first needed; it takes a noticeable part of a second. */
    private JsonSchemaCheck schema;

    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The catalogue shipped in assets/, from a folder or from inside the jar. */
    public Catalogue loadBuiltIn() throws IOException {
        return ClasspathFolder.with(BUILT_IN, this::loadDirectory);
    }

    /** The shipped catalogue with its words in the locale's language where a translation exists. */
    public Catalogue loadBuiltIn(Locale locale) throws IOException {
        CatalogueTranslations words = CatalogueTranslations.forLocale(locale, mapper);
        return ClasspathFolder.with(BUILT_IN, dir -> loadDirectory(dir, words));
    }

    public Catalogue loadDirectory(Path dir) throws IOException {
        return loadDirectory(dir, CatalogueTranslations.none());
    }

    private Catalogue loadDirectory(Path dir, CatalogueTranslations words) throws IOException {
        List<Path> files = ClasspathFolder.files(dir, ".json");
        List<Exercise> exercises = new ArrayList<>();
        List<CatalogueProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            try {
                String expected = file.getFileName().toString().replaceFirst("\\.json$", "");
                Exercise exercise = translated(parse(Files.size(file) > MAX_FILE_BYTES ? null : Files.readAllBytes(file)),
                        words);
                if (!exercise.id().equals(expected)) {
                    throw new CatalogueException("the id '" + exercise.id() + "' does not match the file name");
                }
                if (!ids.add(exercise.id())) {
                    throw new CatalogueException("the id '" + exercise.id() + "' is used twice");
                }
                exercises.add(exercise);
            } catch (CatalogueException | IOException e) {
                problems.add(new CatalogueProblem(file.toUri().toString(), e.getMessage()));
            }
        }
        return new Catalogue(exercises, problems);
    }

    /** Parses one exercise document, or says what is wrong with it. */
    public Exercise parse(byte[] json) throws CatalogueException {
        if (json == null) {
            throw new CatalogueException("the file is larger than " + MAX_FILE_BYTES / 1024 + " KB");
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CatalogueException("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CatalogueException(e.getMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new CatalogueException("the file is empty");
        }
        List<JsonProblem> problems = check(tree);
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems.get(0).toString()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        return fromTree(tree);
    }

    /** The exercise in the translation's words; a translation the schema refuses is logged and English kept. */
    private Exercise translated(Exercise exercise, CatalogueTranslations words) {
        JsonNode english = toTree(exercise);
        JsonNode local = words.apply(exercise.id(), english);
        if (local == english) {
            return exercise;
        }
        List<JsonProblem> problems = check(local);
        try {
            if (problems.isEmpty()) {
                return fromTree(local);
            }
        } catch (CatalogueException e) {
            problems = List.of(new JsonProblem("$", e.getMessage()));
        }
        LoggerFactory.getLogger(CatalogueLoader.class).warn(
                "The translation of {} is left out: {}", exercise.id(), problems.get(0));
        return exercise;
    }

    private synchronized JsonSchemaCheck schema() {
        if (schema == null) {
            schema = JsonSchemaCheck.fromClasspath(SCHEMA);
        }
        return schema;
    }

    /** Everything the schema finds wrong with an exercise document. */
    public List<JsonProblem> check(JsonNode tree) {
        return schema().check(tree);
    }

    /** Turns a document that passed {@link #check} into an exercise. */
    public Exercise fromTree(JsonNode tree) throws CatalogueException {
        try {
            return mapper.treeToValue(tree, Exercise.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CatalogueException(e.getMessage());
        }
    }

    public JsonNode toTree(Exercise exercise) {
        return mapper.valueToTree(exercise);
    }
}
