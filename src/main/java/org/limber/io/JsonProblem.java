package org.limber.io;

/** One thing wrong with a JSON file: where ({@code $.steps[1].holdSeconds}) and why. */
public record JsonProblem(String path, String reason) {

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
