package org.limber.routine;

import java.util.ArrayList;
import java.util.List;
import org.limber.io.JsonProblem;

/** A routine file was refused. {@link #problems()} lists every reason with its JSON path. */
public final class RoutineFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why: the file could not be read at all, or it was read and is not acceptable. */
    public enum Kind { UNREADABLE, TOO_LARGE, NEWER_VERSION, INVALID }

    private final Kind kind;
    private final transient List<JsonProblem> problems;

    /** The most problems listed; a file with more gets one last line saying how many were left out. */
    public static final int MAX_LISTED = 50;

    public RoutineFileException(Kind kind, List<JsonProblem> problems) {
        super(problems.isEmpty() ? kind.name() : problems.get(0).toString());
        this.kind = kind;
        this.problems = capped(problems);
    }

    private static List<JsonProblem> capped(List<JsonProblem> problems) {
        if (problems.size() <= MAX_LISTED) {
            return List.copyOf(problems);
        }
        List<JsonProblem> listed = new ArrayList<>(problems.subList(0, MAX_LISTED));
        listed.add(new JsonProblem("$", (problems.size() - MAX_LISTED) + " more problems not listed"));
        return List.copyOf(listed);
    }

    public RoutineFileException(Kind kind, String reason) {
        this(kind, List.of(new JsonProblem("$", reason)));
    }

    public Kind kind() {
        return kind;
    }

    public List<JsonProblem> problems() {
        return problems;
    }
}
