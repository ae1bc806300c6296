package org.limber.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) for the settings file, which is read before the first frame:
 * a data-binding library's first use costs a quarter of a second of class loading there (ADR 5).
 * Objects become {@link Map}s (the last of repeated names wins), arrays {@link List}s, numbers
 * {@link Double}s, {@code null} Java's null. Anything else is refused with an {@link IOException}
 * naming the offset. Stricter than the Jackson reading it replaced in two ways, both what RFC 8259
 * asks: text after the value, and UTF-16 or UTF-32 files, are refused (the file is then moved
 * aside and the defaults used, as for any damaged settings file).
 */
final class JsonText {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int at;
    private int depth;

    private JsonText(String text) {
        this.text = text;
    }

    static Object parse(byte[] utf8) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
        JsonText reader = new JsonText(text);
        if (text.startsWith("\uFEFF")) {
            reader.at = 1;
        }
        Object value = reader.value();
        reader.space();
        if (reader.at != text.length()) {
            throw reader.problem("text after the end of the value");
        }
        return value;
    }

    private Object value() throws IOException {
        space();
        if (at >= text.length()) {
            throw problem("unexpected end");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() throws IOException {
        enter();
        at++;
        Map<String, Object> map = new LinkedHashMap<>();
        space();
        if (peek() == '}') {
            at++;
            depth--;
            return map;
        }
        while (true) {
            space();
            if (peek() != '"') {
                throw problem("a name in quotes expected");
            }
            String name = string();
            space();
            expect(':');
            map.put(name, value());
            space();
            if (peek() == ',') {
                at++;
            } else {
                expect('}');
                depth--;
                return map;
            }
        }
    }

    private List<Object> array() throws IOException {
        enter();
        at++;
        List<Object> list = new ArrayList<>();
        space();
        if (peek() == ']') {
            at++;
            depth--;
            return list;
        }
        while (true) {
            list.add(value());
            space();
            if (peek() == ',') {
                at++;
            } else {
                expect(']');
                depth--;
                return list;
            }
        }
    }

    private String string() throws IOException {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw problem("unclosed string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw problem("control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw problem("unclosed string");
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicode());
                default -> throw problem("unknown escape \\" + e);
            }
        }
    }

    private char unicode() throws IOException {
        if (at + 4 > text.length()) {
            throw problem("short \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(at++);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                throw problem("bad \\u escape");
            }
            code = code * 16 + digit;
        }
        return (char) code;
    }

    private Double number() throws IOException {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (!digits()) {
            throw problem("a value expected");
        }
        if (peek() == '.') {
            at++;
            if (!digits()) {
                throw problem("digits expected after the point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!digits()) {
                throw problem("digits expected in the exponent");
            }
        }
        return Double.valueOf(text.substring(start, at));
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private Object word(String word, Object value) throws IOException {
        if (!text.startsWith(word, at)) {
            throw problem("a value expected");
        }
        at += word.length();
        return value;
    }

    private void enter() throws IOException {
        if (++depth > MAX_DEPTH) {
            throw problem("nested deeper than " + MAX_DEPTH);
        }
    }

    private void expect(char c) throws IOException {
        if (peek() != c) {
            throw problem("'" + c + "' expected");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void space() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private IOException problem(String what) {
        return new IOException(what + " at character " + at);
    }
}
