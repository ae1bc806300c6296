package org.limber.routine;

/**
 * Who handed a routine out: the physiotherapist's name and practice, as a routine file carries
 * them, so the person knows whom their results go back to. The practice may be empty.
 */
public record Physiotherapist(String name, String practice) {

    public static final int MAX_NAME = 120;
    public static final int MAX_PRACTICE = 200;

    public Physiotherapist {
        name = name == null ? "" : name.strip();
        practice = practice == null ? "" : practice.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || practice.length() > MAX_PRACTICE) {
            throw new IllegalArgumentException("a name of 1 to " + MAX_NAME + " characters and a practice of at most "
                    + MAX_PRACTICE);
        }
    }

    /** The physiotherapist of these words; null when no name was given (or a text is too long). */
    public static Physiotherapist of(String name, String practice) {
        String n = name == null ? "" : name.strip();
        String p = practice == null ? "" : practice.strip();
        return n.isEmpty() || n.length() > MAX_NAME || p.length() > MAX_PRACTICE ? null : new Physiotherapist(n, p);
    }
}
