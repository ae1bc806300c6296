package org.limber.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every literal key the code asks the bundle for exists in it. */
class MessageKeysTest {

    static final java.util.List<Locale> LOCALES = java.util.List.of(Locale.ROOT, Locale.GERMAN);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern KEY_USE = Pattern.compile("i18n\\.get\\(\\s*\"([A-Za-z0-9_.\\-]+)\"\\s*[,)]");

    @Test
    void everyKeyUsedInTheCodeIsInTheBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
        Set<String> used = keysUsedIn(Path.of("src/main/java"));
        assertThat(used).isNotEmpty();
        Set<String> missing = new TreeSet<>();
        for (String key : used) {
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
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
        java.util.Properties english = load("messages.properties");
        java.util.Properties german = load("messages_de.properties");
        assertThat(new TreeSet<>(german.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(german.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
        assertThat(new Messages(Locale.GERMAN).get("nav.settings")).isNotEqualTo(new Messages(Locale.ROOT).get("nav.settings"));
    }

    private static java.util.Properties load(String name) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader in = Files.newBufferedReader(Path.of("src/main/resources/org/limber/i18n", name),
                java.nio.charset.StandardCharsets.UTF_8)) {
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

    static Set<String> keysUsedIn(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY_USE.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }
}
