package org.limber.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The settings reader against Jackson: the same trees from the same text, and the same refusals
 * as Jackson when it is strict about text after the value (its default reading accepts it; ours,
 * as RFC 8259 asks, does not).
 */
class JsonTextTest {

    private static final ObjectMapper JACKSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void readsWhatJacksonWritesAsJacksonReadsIt() throws IOException {
        Random random = new Random(20261123);
        for (int i = 0; i < 500; i++) {
            JsonNode tree = randomValue(random, 0);
            String text = i % 2 == 0 ? JACKSON.writeValueAsString(tree) : JACKSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            Object expected = plain(JACKSON.readTree(text));
            assertEquals(expected, JsonText.parse(text.getBytes(StandardCharsets.UTF_8)), text);
        }
    }

    @Test
    void readsEscapesNumbersAndAByteOrderMark() throws IOException {
        String text = "\uFEFF {\"a\\u00e9\\n\\\"\\/\": [-0, 1.5e2, 2E-1, -12, true, false, null], \"a\u00e9\\n\\\"/\": 3}";
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a\u00e9\n\"/", 3.0);
        assertEquals(expected, JsonText.parse(text.getBytes(StandardCharsets.UTF_8)),
                "a repeated name keeps its last value, as Jackson does");
        List<Object> numbers = new ArrayList<>(List.of(-0.0, 150.0, 0.2, -12.0, true, false));
        numbers.add(null);
        assertEquals(numbers, JsonText.parse("[-0, 1.5e2, 2E-1, -12, true, false, null]".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "[1,]", "{\"a\" 1}", "{\"a\":1,}", "{a:1}", "01", "1.", ".5", "-", "+1", "1e",
        "tru", "nul", "\"abc", "\"\\x\"", "\"\\u12\"", "\"a\u0001b\"", "{} x", "[1] [2]", "'a'", "NaN", "[1 2]"})
    void refusesWhatIsNotJson(String text) {
        assertThrows(IOException.class, () -> JACKSON.readTree(text.isBlank() ? "x" : text),
                "Jackson (strict about trailing text) refuses it too; it reads blank text as no tree");
        assertThrows(IOException.class, () -> JsonText.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryKindOfUnicodeEscape() throws IOException {
        assertEquals("\u00e9\u00C9\uABCD\ud83d\ude00\u0000",
                JsonText.parse("\"\\u00e9\\u00C9\\uabcd\\uD83D\\uDE00\\u0000\"".getBytes(StandardCharsets.UTF_8)));
        // digits of other scripts are not hexadecimal digits in JSON
        assertThrows(IOException.class, () -> JsonText.parse("\"\\u\uff10\uff10\uff14\uff21\"".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> JsonText.parse("\"\\u\u0660\u0660\u0664\u0661\"".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesBadUtf8AndRunawayNesting() throws IOException {
        assertThrows(IOException.class, () -> JsonText.parse(new byte[] {'"', (byte) 0xC3, '"'}));
        assertThrows(IOException.class, () -> JsonText.parse("[".repeat(100_000).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(List.of()), JsonText.parse("[[]]".getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 5 : 7);
        return switch (kind) {
            case 0 -> NODES.textNode(randomText(random));
            case 1 -> NODES.numberNode(random.nextInt(2) == 0 ? random.nextInt() : random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            case 4 -> NODES.numberNode((long) random.nextInt(1000));
            case 5 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(randomValue(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(randomText(random), randomValue(random, depth + 1));
                }
                yield object;
            }
        };
    }

    private static String randomText(Random random) {
        String alphabet = "ab Z09\"\\/\n\t\b\f\r\u0001\u001f\u00e9\u00df\u20ac\ud83d\ude00{}[]:,";
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) {
                out.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Jackson's tree in the shapes JsonText gives: maps, lists, doubles, strings, booleans, null. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return null;
    }
}
