package org.limber.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.limber.io.JsonProblem;

/**
 * A results file was refused, and nothing was written. {@link #messageKey()} names the sentence
 * that tells the person why; {@link #problems()} are the technical details (with JSON paths) for
 * the log and for a "details" list.
 */
public final class ResultsFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Kind {
        /** Missing, not a file, or the disk would not give it. */
        UNREADABLE,
        /** Over 50 MB, or more sessions, steps, keys or text than a results file can hold. */
        TOO_LARGE,
        /** Some other JSON file, such as a routine file. */
        WRONG_KIND,
        /** Written by a newer Limber. */
        NEWER_VERSION,
        /** Damaged or not as the schema says. */
        INVALID,
        /** The person's earlier results went to another client than the one chosen. */
        PERSON_ELSEWHERE,
        /** A session in the file is already kept for another profile. */
        SESSION_ELSEWHERE,
        /** The person is new here and no client was chosen for them. */
        NO_CLIENT
    }

    /** The most problems listed; a file with more gets one last line saying how many were left out. */
    public static final int MAX_LISTED = 50;

    private final Kind kind;
    private final transient List<JsonProblem> problems;

    public ResultsFileException(Kind kind, List<JsonProblem> problems) {
        this(kind, problems, 0);
    }

    /** {@code unlisted}: how many more problems were found and not kept (a reader stops keeping them at 50). */
    public ResultsFileException(Kind kind, List<JsonProblem> problems, int unlisted) {
        super(kind + (problems.isEmpty() ? "" : ": " + problems.get(0)));
        this.kind = kind;
        this.problems = capped(problems, unlisted);
    }

    public ResultsFileException(Kind kind, String reason) {
        this(kind, List.of(new JsonProblem("$", reason)));
    }

    public Kind kind() {
        return kind;
    }

    /** The key of the sentence for people, in messages.properties. */
    public String messageKey() {
        return "results.refused." + kind.name().toLowerCase(Locale.ROOT);
    }

    public List<JsonProblem> problems() {
        return problems;
    }

    private static List<JsonProblem> capped(List<JsonProblem> problems, int unlisted) {
        int more = Math.max(0, problems.size() - MAX_LISTED) + unlisted;
        if (more == 0) {
            return List.copyOf(problems);
        }
        List<JsonProblem> listed = new ArrayList<>(problems.subList(0, Math.min(MAX_LISTED, problems.size())));
        listed.add(new JsonProblem("$", more + " more problems not listed"));
        return List.copyOf(listed);
    }
}
