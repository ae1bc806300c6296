package org.limber.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.limber.io.ClasspathFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue's texts in another language: one file per exercise under
 * {@code assets/catalogue/translations/<language>/<id>.json} holding only its words (name,
 * other names, instructions, feel, stop-if, and each caution's advice by condition). The
 * numbers and the figure stay in the exercise file, so a translation cannot change a dosage.
 */
public final class CatalogueTranslations {

    public static final String FOLDER = "/assets/catalogue/translations/";
    static final List<String> WORDS = List.of("name", "otherNames", "instructions", "feel", "stopIf");
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueTranslations.class);

    private final Map<String, JsonNode> byId;

    private CatalogueTranslations(Map<String, JsonNode> byId) {
        this.byId = byId;
    }

    public static CatalogueTranslations none() {
        return new CatalogueTranslations(Map.of());
    }

    /** The translations shipped for the locale's language; none for English or a language without any. */
    public static CatalogueTranslations forLocale(Locale locale, ObjectMapper mapper) throws IOException {
        String folder = FOLDER + locale.getLanguage();
        if (locale.getLanguage().isEmpty() || CatalogueTranslations.class.getResource(folder) == null) {
            return none();
        }
        return ClasspathFolder.with(folder, dir -> {
            Map<String, JsonNode> found = new HashMap<>();
            for (Path file : ClasspathFolder.files(dir, ".json")) {
                try {
                    JsonNode node = mapper.readTree(Files.readAllBytes(file));
                    found.put(file.getFileName().toString().replaceFirst("\\.json$", ""), node);
                } catch (IOException e) {
                    LOG.warn("Translation {} is unreadable and left out: {}", file.toUri(), e.getMessage());
                }
            }
            return new CatalogueTranslations(found);
        });
    }

    public int size() {
        return byId.size();
    }

    /**
     * The exercise document with its words replaced by the translation, or the document itself
     * when there is none. The caller checks the result against the schema like any other.
     */
    public JsonNode apply(String id, JsonNode exercise) {
        JsonNode words = byId.get(id);
        if (words == null || !(exercise instanceof ObjectNode original)) {
            return exercise;
        }
        ObjectNode translated = original.deepCopy();
        for (String field : WORDS) {
            if (words.has(field)) {
                translated.set(field, words.get(field));
            }
        }
        JsonNode advice = words.path("cautions");
        if (translated.get("cautions") instanceof ArrayNode cautions) {
            for (JsonNode caution : cautions) {
                JsonNode text = advice.get(caution.path("condition").asText());
                if (text != null && caution instanceof ObjectNode c) {
                    c.set("advice", text);
                }
            }
        }
        return translated;
    }
}
