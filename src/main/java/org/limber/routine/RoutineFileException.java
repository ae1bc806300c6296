package org.limber.routine;

import java.util.List;
import org.limber.io.JsonProblem;

/** A routine file was refused. {@link #problems()} lists every reason with its JSON path. */
public final class RoutineFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why: the file could not be read at all, or it was read and is not acceptable. */
    public enum Kind { UNREADABLE, TOO_LARGE, NEWER_VERSION, INVALID }

    private final Kind kind;
    private final transient List<JsonProblem> problems;

    public RoutineFileException(Kind kind, List<JsonProblem> problems) {
        super(problems.isEmpty() ? kind.name() : problems.get(0).toString());
        this.kind = kind;
        this.problems = List.copyOf(problems);
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
