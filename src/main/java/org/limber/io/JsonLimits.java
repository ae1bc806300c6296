package org.limber.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Limits on a JSON document, checked by streaming through it before any tree is built, so that
 * a hostile or broken file (300,000 keys, 100,000 nested arrays, a string of megabytes) is
 * refused in bounded memory with a sentence saying which limit it broke.
 */
public record JsonLimits(int maxDepth, int maxKeysPerObject, int maxKeys, int maxValues, int maxStringLength) {

    /** A problem at {@code $} naming the limit, or empty when the document keeps every limit. */
    public Optional<JsonProblem> check(byte[] json) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth).maxStringLength(maxStringLength).maxNameLength(maxStringLength)
                .maxNumberLength(100).build()).build();
        Deque<int[]> keysInOpenObjects = new ArrayDeque<>();
        int keys = 0;
        int values = 0;
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> keysInOpenObjects.push(new int[1]);
                    case END_OBJECT -> keysInOpenObjects.pop();
                    case FIELD_NAME -> {
                        if (++keysInOpenObjects.peek()[0] > maxKeysPerObject) {
                            return refuse("an object has more than " + maxKeysPerObject + " keys");
                        }
                        if (++keys > maxKeys) {
                            return refuse("more than " + maxKeys + " keys in all");
                        }
                    }
                    default -> {
                        if (++values > maxValues) {
                            return refuse("more than " + maxValues + " values in all");
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            return refuse(e.getMessage().contains("depth") ? "nested more than " + maxDepth + " levels deep"
                    : "a text or number is longer than " + maxStringLength + " characters");
        } catch (IOException e) {
            // not JSON at all: the parser that builds the tree says where
            return Optional.empty();
        }
    }

    private static Optional<JsonProblem> refuse(String what) {
        return Optional.of(new JsonProblem("$", "the file is too complex to be a routine: " + what));
    }
}
