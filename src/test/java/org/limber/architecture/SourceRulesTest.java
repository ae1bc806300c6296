package org.limber.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules about the source text that ArchUnit (which reads class files) cannot see: no fully
 * qualified class names inline in code, because imports say at the top what a class uses and
 * keep the lines readable.
 */
class SourceRulesTest {

    /** A package path followed by a class name: {@code java.util.List}, {@code org.limber.io.Handoff}. */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|javafx|org|com|net|io|ch)\\.(?:[a-z_][\\w]*\\.)*[A-Z]\\w*");

    @Test
    void noFullyQualifiedClassNamesInline() throws IOException {
        List<String> found = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    inlineNames(Files.readString(file)).forEach(hit -> found.add(file + ":" + hit));
                }
            }
        }
        assertThat(found).as("import these instead of naming them in full").isEmpty();
    }

    @Test
    void theRuleSeesCodeButNotImportsCommentsOrStrings() {
        String code = """
                package org.limber.example;

                import java.util.List;
                import static org.junit.jupiter.api.Assertions.assertTrue;

                /** See {@link org.limber.io.Handoff} and java.util.Map. */
                class Example {
                    // org.limber.io.Handoff in a comment
                    String text = "org.limber.io.Handoff in a string";
                    java.util.Map<String, List<String>> map;
                    Object o = new org.limber.io.Handoff();
                }
                """;
        assertThat(inlineNames(code)).containsExactly("10: java.util.Map", "11: org.limber.io.Handoff");
    }

    /** The qualified names in the code's statements, as "line: name". */
    static List<String> inlineNames(String source) {
        String code = blankCommentsAndStrings(source);
        List<String> hits = new ArrayList<>();
        String[] lines = code.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(lines[i]);
            while (m.find()) {
                hits.add((i + 1) + ": " + m.group());
            }
        }
        return hits;
    }

    /** The source with comments, strings, text blocks and characters replaced by spaces (lines kept). */
    static String blankCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char quote = s.charAt(i);
                end = i + 1;
                while (end < s.length() && s.charAt(end) != quote && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(s.length(), end + 1);
            } else {
                out.append(s.charAt(i));
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(s.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
