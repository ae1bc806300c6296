package org.limber.results;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.limber.io.JsonProblem;
import org.limber.io.JsonSchemaCheck;
import org.limber.results.ResultsFileException.Kind;

/**
 * The second pass over a results file, after {@link ResultsLimits} has bounded it: builds a tree
 * of one session at a time, checks it against the schema (inside a small stand-in file, so the
 * schema is the one of the whole file), and keeps it as a {@link ResultSession}. Every problem is
 * collected; nothing is returned unless the whole file is acceptable.
 */
final class ResultsReader {

    private static final String SESSIONS = "sessions";

    private final ObjectMapper mapper;
    private final JsonSchemaCheck schema;
    private final List<JsonProblem> problems = new ArrayList<>();
    private int unlisted;
    private final Map<String, String> shared = new HashMap<>();

    ResultsReader(ObjectMapper mapper, JsonSchemaCheck schema) {
        this.mapper = mapper;
        this.schema = schema;
    }

    /**
     * Reads the file, hands each session to {@code sink} while no problem has been found, and
     * returns the head; throws when any part of the file is refused (after the sink may have had
     * some sessions: a caller that keeps them drops them then).
     */
    ResultsHead read(InputStream in, Consumer<ResultSession> sink) throws ResultsFileException, IOException {
        ObjectNode head = mapper.createObjectNode();
        int count = 0;
        try (JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ResultsFileException(Kind.INVALID, "must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken first = parser.nextToken();
                if (SESSIONS.equals(name) && first == JsonToken.START_ARRAY) {
                    count = readSessions(parser, standIn(), sink);
                    head.set(SESSIONS, mapper.createArrayNode());
                } else {
                    head.set(name, mapper.readTree(parser));
                }
            }
        }
        schema.check(head).forEach(this::problem);
        checkText(head, "$");
        ResultsHead file = null;
        if (problems.isEmpty()) {
            file = toHead(head, count);
        }
        if (!problems.isEmpty()) {
            throw new ResultsFileException(Kind.INVALID, problems, unlisted);
        }
        return file;
    }

    /** A file that is valid but for the one session put in it. */
    private ObjectNode standIn() {
        ObjectNode file = mapper.createObjectNode().put("format", ResultsFiles.FORMAT).put("version", 1);
        file.putObject("person").put("id", "00000000-0000-4000-8000-000000000000").put("name", "-");
        file.putArray(SESSIONS);
        return file;
    }

    /** Reads the sessions array, handing each good one to {@code sink} while the file has no problem; returns how many. */
    private int readSessions(JsonParser parser, ObjectNode standIn, Consumer<ResultSession> sink)
            throws IOException, ResultsFileException {
        ArrayNode one = (ArrayNode) standIn.get(SESSIONS);
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken(), index++) {
            if (index >= ResultsLimits.MAX_SESSIONS) {
                throw new ResultsFileException(Kind.TOO_LARGE, "more than " + ResultsLimits.MAX_SESSIONS + " sessions");
            }
            JsonNode node = mapper.readTree(parser);
            String at = "$.sessions[" + index + "]";
            one.removeAll().add(node);
            List<JsonProblem> own = schema.check(standIn);
            for (JsonProblem p : own) {
                problem(new JsonProblem(p.path().replaceFirst("^\\$\\.sessions\\[0]", "\\$.sessions[" + index + "]"),
                        p.reason()));
            }
            if (!own.isEmpty() || !checkText(node, at)) {
                continue;
            }
            ResultSession session = toSession(node, at);
            if (session == null) {
                continue;
            }
            if (!ids.add(session.id())) {
                problem(new JsonProblem(at + ".id", "the session '" + session.id() + "' is in the file twice"));
            } else if (problems.isEmpty()) {
                sink.accept(session);
            }
        }
        return index;
    }

    private ResultSession toSession(JsonNode node, String at) {
        try {
            ResultSession session = mapper.treeToValue(node, ResultsJson.SessionJson.class).toSession(this::share);
            Set<Integer> positions = new HashSet<>();
            JsonNode steps = node.path("steps"); // as in the file: the session has them in order
            for (int i = 0; i < steps.size(); i++) {
                if (!positions.add(steps.get(i).path("position").intValue())) {
                    problem(new JsonProblem(at + ".steps[" + i + "].position", "a step position is used twice"));
                    return null;
                }
            }
            return session;
        } catch (JsonProcessingException | DateTimeException | IllegalArgumentException | NullPointerException e) {
            problem(new JsonProblem(at, "not a session: " + e.getMessage()));
            return null;
        }
    }

    private ResultsHead toHead(ObjectNode head, int sessions) {
        try {
            ResultsJson.Head h = mapper.treeToValue(head, ResultsJson.Head.class);
            List<FollowedPlan> plans = new ArrayList<>();
            for (int i = 0; h.plans() != null && i < h.plans().size(); i++) {
                try {
                    plans.add(h.plans().get(i).toPlan());
                } catch (DateTimeException | IllegalArgumentException e) {
                    problem(new JsonProblem("$.plans[" + i + "]", "not a plan: " + e.getMessage()));
                }
            }
            return new ResultsHead(h.person().toPerson(), plans, sessions);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problem(new JsonProblem("$", e.getMessage()));
            return null;
        }
    }

    /**
     * Whether every text in {@code node} is whole: a lone half of a UTF-16 surrogate pair (which
     * JSON's escapes allow) cannot be stored as written, so a file holding one is damaged.
     */
    private boolean checkText(JsonNode node, String at) {
        if (node.isTextual()) {
            String text = node.textValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    problem(new JsonProblem(at, "not whole text: half of a character at " + i));
                    return false;
                }
            }
            return true;
        }
        boolean whole = true;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            whole &= checkText(field.getValue(), at + "." + field.getKey());
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            whole &= checkText(node.get(i), at + "[" + i + "]");
        }
        return whole;
    }

    /** One copy of each equal name or id: they repeat in every session and step. */
    private String share(String text) {
        return text == null ? null : shared.computeIfAbsent(text, t -> t);
    }

    private void problem(JsonProblem problem) {
        if (problems.size() < ResultsFileException.MAX_LISTED) {
            problems.add(problem);
        } else {
            unlisted++;
        }
    }
}
