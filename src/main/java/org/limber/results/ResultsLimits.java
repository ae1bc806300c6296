package org.limber.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.limber.results.ResultsFileException.Kind;

/**
 * The first pass over a results file: streams through it without building anything, so that a
 * hostile or broken file is refused in bounded memory, and every later step (trees of one session
 * at a time, the sessions kept in memory) is bounded by these limits.
 */
final class ResultsLimits {

    static final int MAX_DEPTH = 10;
    static final int MAX_KEYS_PER_OBJECT = 40;
    static final int MAX_STRING = 10_000;
    static final int MAX_SESSIONS = 40_000;
    static final int MAX_STEPS_PER_SESSION = 500;
    static final int MAX_STEPS = 400_000;
    static final int MAX_OTHER_ARRAY = 1_000;
    /** Names, ids and notes are kept in memory: at most this many characters of them in all. */
    static final long MAX_TEXT = 8_000_000;
    private static final Set<String> KEPT_TEXT = Set.of("id", "routineId", "routineName", "notes", "exercise",
            "exerciseName", "name");

    /** What the pass found at the top: the file's kind and version, if it names them. */
    record Head(String format, String version) {
    }

    private static final class Container {
        final boolean array;
        final String name;
        int count;

        Container(boolean array, String name) {
            this.array = array;
            this.name = name;
        }
    }

    private ResultsLimits() {
    }

    static Head check(InputStream in) throws ResultsFileException, IOException {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNameLength(200).maxNumberLength(30).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        Deque<Container> open = new ArrayDeque<>();
        String format = null;
        String version = null;
        long steps = 0;
        long text = 0;
        int roots = 0;
        try (JsonParser parser = factory.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                boolean value = token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT
                        && token != JsonToken.END_ARRAY;
                Container parent = open.peek();
                if (value && parent == null && ++roots > 1) {
                    throw invalid("more than one JSON value");
                }
                if (value && parent != null && parent.array) {
                    parent.count++;
                    int limit = "sessions".equals(parent.name) ? MAX_SESSIONS
                            : "steps".equals(parent.name) ? MAX_STEPS_PER_SESSION : MAX_OTHER_ARRAY;
                    if (parent.count > limit) {
                        throw tooLarge("more than " + limit + " items in " + (parent.name == null ? "a list"
                                : "'" + parent.name + "'"));
                    }
                    if ("steps".equals(parent.name) && ++steps > MAX_STEPS) {
                        throw tooLarge("more than " + MAX_STEPS + " steps in all");
                    }
                }
                boolean top = open.size() == 1 && !open.peek().array;
                switch (token) {
                    case START_OBJECT -> open.push(new Container(false, null));
                    case START_ARRAY -> open.push(new Container(true, parser.currentName()));
                    case END_OBJECT, END_ARRAY -> open.pop();
                    case FIELD_NAME -> {
                        if (++parent.count > MAX_KEYS_PER_OBJECT) {
                            throw tooLarge("an object has more than " + MAX_KEYS_PER_OBJECT + " keys");
                        }
                    }
                    case VALUE_STRING -> {
                        String name = parser.currentName();
                        int length = parser.getTextLength(); // reads the whole text: its length limit is checked
                        if (name != null && KEPT_TEXT.contains(name) && (text += length) > MAX_TEXT) {
                            throw tooLarge("more than " + MAX_TEXT + " characters of names, ids and notes");
                        }
                        if (top && "format".equals(name)) {
                            format = parser.getText();
                        }
                    }
                    default -> {
                        if (top && "version".equals(parser.currentName())) {
                            version = parser.getText();
                        }
                    }
                }
            }
            return new Head(format, version);
        } catch (StreamConstraintsException e) {
            throw tooLarge(e.getMessage().contains("depth") ? "nested more than " + MAX_DEPTH + " levels deep"
                    : "a text, name or number is too long (" + e.getOriginalMessage() + ")");
        } catch (JsonParseException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw invalid("not valid JSON" + where + ": " + e.getOriginalMessage());
        }
    }

    private static ResultsFileException tooLarge(String what) {
        return new ResultsFileException(Kind.TOO_LARGE, "too large or complex for a results file: " + what);
    }

    private static ResultsFileException invalid(String what) {
        return new ResultsFileException(Kind.INVALID, what);
    }
}
