package org.limber.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key the code names exists in the bundle: not only {@code i18n.get("literal")}, but every
 * string literal in the code that has the shape of a key in one of the bundle's families
 * ({@code "plans.error.load"} handed to a {@code Failure}, a constant, an enum's key), and every
 * prefix a key is built from ({@code "history.status." + status}) starts some key.
 */
class MessageKeysTest {

    static final List<Locale> LOCALES = List.of(Locale.ROOT, Locale.GERMAN);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_\\-]+)+\\.?)\"");
    /** Literals of this shape that are file names, not keys. */
    private static final Set<String> FILE_TYPES = Set.of("json", "txt", "pdf", "csv", "ics", "png", "css", "xml",
            "properties", "db");

    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        Set<String> used = keysUsedIn(Path.of("src/main/java"), bundle.keySet());
        assertThat(used).as("keys found").hasSizeGreaterThan(300).contains("plans.error.load", "failure.reason.data",
                "history.outcome.");
        assertThat(missing(used, bundle.keySet())).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void aKeyOnlyHandedToAFailureIsFoundToo() {
        Set<String> bundle = Set.of("plans.error.load", "history.status.DONE");
        Set<String> used = keysIn("""
                error.set(Failure.of("plans.error.lost", e));
                static final String KEY = "plans.error.load";
                String text = i18n.get("history.status." + status);
                String prefix = "history.missing." + name;
                Path file = dir.resolve("settings.json");
                String id = "org.limber.plans";
                """, bundle);
        assertThat(missing(used, bundle)).containsExactly("history.missing.", "plans.error.lost");
    }

    private static Set<String> missing(Set<String> used, Set<String> bundle) {
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            boolean found = key.endsWith(".") ? bundle.stream().anyMatch(k -> k.startsWith(key)) : bundle.contains(key);
            if (!found) {
                missing.add(key);
            }
        }
        return missing;
    }

    @Test
    void germanTextsQuoteWithLowAndHighQuotationMarksOnly() throws IOException {
        Properties german = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/org/limber/i18n/messages_de.properties"),
                StandardCharsets.UTF_8)) {
            german.load(in);
        }
        assertThat(german).hasSizeGreaterThan(300);
        for (String key : german.stringPropertyNames()) {
            String text = german.getProperty(key);
            assertThat(text).as(key + ": German quotes are \u201e\u2026\u201c").doesNotContain("\"", "\u201d");
            assertThat(text.chars().filter(c -> c == '\u201e').count()).as(key + ": every \u201e is closed by \u201c")
                    .isEqualTo(text.chars().filter(c -> c == '\u201c').count());
        }
    }

    @Test
    void everyTextIsAPatternWhoseApostrophesSurviveFormatting() {
        for (Locale locale : LOCALES) {
            ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
            Messages i18n = new Messages(locale);
            for (String key : bundle.keySet()) {
                String raw = bundle.getString(key);
                assertThat(raw.replace("''", "")).as(locale + " " + key + ": write an apostrophe as ''").doesNotContain("'");
                Object[] args = {1, 2, 3, 4, 5};
                assertThat(i18n.get(key, args)).as(locale + " " + key).doesNotContain("''").doesNotStartWith("!");
            }
        }
    }

    @Test
    void theGermanBundleHasTheSameKeysAndPlaceholdersAsTheEnglishOne() throws IOException {
        Properties english = load("messages.properties");
        Properties german = load("messages_de.properties");
        assertThat(new TreeSet<>(german.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(german.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
        assertThat(new Messages(Locale.GERMAN).get("nav.settings")).isNotEqualTo(new Messages(Locale.ROOT).get("nav.settings"));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/org/limber/i18n", name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void aMissingKeyIsVisibleNotBlank() {
        assertThat(new Messages(Locale.ROOT).get("no.such.key")).isEqualTo("!no.such.key!");
    }

    static Set<String> keysUsedIn(Path root, Set<String> bundle) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                keys.addAll(keysIn(Files.readString(file), bundle));
            }
        }
        return keys;
    }

    /** The literals in {@code code} shaped like a key (or a key's prefix) of one of the bundle's families. */
    static Set<String> keysIn(String code, Set<String> bundle) {
        Set<String> families = new TreeSet<>();
        bundle.forEach(k -> families.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Set<String> keys = new TreeSet<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            String literal = m.group(1);
            String family = literal.substring(0, literal.indexOf('.'));
            String last = literal.substring(literal.lastIndexOf('.', literal.length() - 2) + 1);
            if (families.contains(family) && !FILE_TYPES.contains(last)) {
                keys.add(literal);
            }
        }
        return keys;
    }
}
