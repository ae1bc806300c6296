package org.limber.routine;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.limber.io.JsonProblem;

/**
 * {@code --validate FILE}: checks a routine file without opening a window. Prints {@code OK} or
 * one line per problem as {@code FILE: $.path: reason}. Exit status 0 valid, 1 invalid, 2 unreadable.
 */
public final class RoutineValidation {

    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int UNREADABLE = 2;

    private RoutineValidation() {
    }

    public static int run(Path file, Predicate<String> builtIn, PrintStream out) {
        try {
            new RoutineFiles().read(file, builtIn);
            out.println("OK");
            return VALID;
        } catch (RoutineFileException e) {
            for (JsonProblem problem : e.problems()) {
                out.println(file + ": " + problem.path() + ": " + problem.reason());
            }
            return e.kind() == RoutineFileException.Kind.UNREADABLE ? UNREADABLE : INVALID;
        } catch (RuntimeException e) {
            out.println(file + ": $: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return INVALID;
        }
    }
}
