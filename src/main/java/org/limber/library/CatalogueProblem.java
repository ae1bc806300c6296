package org.limber.library;

/** A catalogue file that could not be loaded: its path and the reason. */
public record CatalogueProblem(String file, String reason) {

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
